// Production server: Express around the Remix build, with security headers, compression and
// long-lived caching for fingerprinted assets. It logs no request lines: no IP addresses or user
// agents ever reach a log, and server errors are logged bounded (error-log.mjs).
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import express from "express";
import { logError } from "./error-log.mjs";
import { sameOriginOnly } from "./origin-check.mjs";
import { precompressed } from "./precompressed.mjs";
import { quickExit } from "./quick-exit.mjs";
import { rateLimit } from "./rate-limit.mjs";
import { remixHandler } from "./remix-handler.mjs";
import { requestGuards } from "./request-guards.mjs";
import { clientKey, configureResultLimit, resultLimitContext } from "./result-limit.mjs";
import { resultsEndpoints } from "./results-endpoint.mjs";
import { assetHeaders, securityHeaders } from "./security-headers.mjs";
import { settings } from "./settings.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// Checked before anything else starts: a wrong variable stops the server with its name.
const { HOST: host, PORT: port, NODE_ENV, PUBLIC_URL, TRUST_PROXY, RESULTS_RATE_PER_MINUTE, RESULTS_RATE_BURST, DRAW_RATE_PER_MINUTE, DRAW_RATE_BURST } =
  settings();
// React and Remix read NODE_ENV themselves.
process.env.NODE_ENV = NODE_ENV;
// The origin every absolute link is made from: PUBLIC_URL, else the address the connection reached
// on this server (its own interface address and port), never the Host header a client chooses.
const configuredOrigin = PUBLIC_URL ? new URL(PUBLIC_URL).origin : undefined;
const originOf = (req) => configuredOrigin ?? localOrigin(req.socket);

// Every stored result counts against its client's bucket (result-limit.mjs), whatever path it took.
configureResultLimit({ perMinute: RESULTS_RATE_PER_MINUTE, burst: RESULTS_RATE_BURST });
const keyOf = (req) => clientKey(req, TRUST_PROXY);

const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
// Odd methods, a malformed Host or path: a 4xx before anything else (request-guards.mjs).
app.use(requestGuards());
if (configuredOrigin?.startsWith("https:")) {
  // Served over HTTPS: browsers are told to never use plain HTTP for this site for a year.
  app.use((_req, res, next) => {
    res.setHeader("Strict-Transport-Security", "max-age=31536000");
    next();
  });
}
// Posts only from our own pages (origin-check.mjs), before anything reads a body.
app.use(sameOriginOnly({ originOf }));
// The rest of each request knows its client's key, for the result limit (never logged).
app.use(resultLimitContext(keyOf));
// The results API first: its answers are tiny JSON, so compression would only cost time.
app.use("/api/results", securityHeaders);
// Each quiz page load, quiz form post and POST /api/quiz may deal a draw, the ticket a solo result
// needs: drawing is cheap for a person and limited per address, so forged results cost a draw each.
app.use(
  /^\/(?:[a-z]{2}\/quiz(?:\.data)?|api\/quiz)$/,
  rateLimit({
    methods: ["GET", "POST"],
    keyOf,
    perMinute: DRAW_RATE_PER_MINUTE ?? RESULTS_RATE_PER_MINUTE,
    burst: DRAW_RATE_BURST ?? RESULTS_RATE_BURST,
    message: "Too many quizzes started from this network right now; try again shortly.",
  }),
);
app.use(resultsEndpoints(build.entry.module));
// Dealing a draw on the same fast path as results: every solo result costs one.
app.post("/api/quiz", securityHeaders, (_req, res) => {
  res.set("Cache-Control", "no-store").json(build.entry.module.dealtDraw());
});
app.use(compression());
// Fingerprinted assets never change: cached for a year, no validators to revalidate with; each is
// sent as the Brotli or gzip copy made at build time (scripts/precompress.mjs), when accepted.
const assetsDir = path.join(here, "build/client/assets");
app.use(
  "/assets",
  assetHeaders,
  precompressed(assetsDir),
  express.static(assetsDir, { immutable: true, maxAge: "1y", etag: false, lastModified: false }),
);
app.use(securityHeaders);
app.get("/exit", quickExit);
app.use(express.static(path.join(here, "build/client"), { maxAge: "1h" }));
// Every other request goes to Remix; its body, if any, is read with the form limit (http-body.mjs).
app.all("*", remixHandler({ build, mode: NODE_ENV, originOf }));
app.use(errorHandler);

/** The last stop: a refused request (4xx) is answered plainly; anything else is a logged 500. */
function errorHandler(error, req, res, _next) {
  const status = Number(error?.status ?? error?.statusCode);
  const refused = status >= 400 && status < 500;
  if (!refused) logError(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  securityHeaders(req, res, () => {});
  for (const [name, value] of Object.entries(error?.headers ?? {})) res.setHeader(name, value);
  // A body cut off at its limit is not read further: the connection closes after the answer.
  if (status === 413) res.set("Connection", "close");
  const message = refused ? (error.expose !== false && error.message) || "Bad request." : "Sorry, something went wrong.";
  const code = refused ? status : 500;
  if (req.originalUrl.startsWith("/api/")) res.status(code).json({ error: message });
  else res.status(code).type("text/plain").send(message);
}

/** http://address:port of the server's own end of a connection. */
function localOrigin(socket) {
  const address = (socket.localAddress ?? host).replace(/^::ffff:(?=\d+\.)/, "");
  return `http://${address.includes(":") ? `[${address}]` : address}:${socket.localPort ?? port}`;
}

const server = app.listen(port, host, () => {
  const { port: bound } = server.address();
  console.log(`Waspada is serving on http://${host}:${bound}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
