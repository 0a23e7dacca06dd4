// Production server: Express around the Remix build, with security headers, compression and
// long-lived caching for fingerprinted assets. It logs no request lines: no IP addresses or user
// agents ever reach a log.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { rateLimit } from "./rate-limit.mjs";
import { resultsEndpoints } from "./results-endpoint.mjs";
import { assetHeaders, securityHeaders } from "./security-headers.mjs";
import { settings } from "./settings.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// Checked before anything else starts: a wrong variable stops the server with its name.
const { HOST: host, PORT: port, NODE_ENV } = settings();
// React and Remix read NODE_ENV themselves.
process.env.NODE_ENV = NODE_ENV;

const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
// The results API first: its answers are tiny JSON, so compression would only cost time.
app.use("/api/results", securityHeaders, rateLimit());
// Each quiz page load, quiz form post and POST /api/quiz may deal a draw, the ticket a solo result
// needs: drawing is cheap for a person and limited per address, so forged results cost a draw each.
app.use(
  /^\/(?:[a-z]{2}\/quiz(?:\.data)?|api\/quiz)$/,
  rateLimit({ methods: ["GET", "POST"], message: "Too many quizzes started from this network right now; try again shortly." }),
);
app.use(resultsEndpoints(build.entry.module));
app.use(compression());
// Fingerprinted assets never change: cached for a year, no validators to revalidate with.
app.use(
  "/assets",
  assetHeaders,
  express.static(path.join(here, "build/client/assets"), { immutable: true, maxAge: "1y", etag: false, lastModified: false }),
);
app.use(securityHeaders);
// No page or API takes more than 1 MB (the batch endpoint's own limit is checked as it reads).
app.use((req, res, next) => {
  if (Number(req.headers["content-length"] ?? 0) > 1024 * 1024) {
    res.status(413).json({ error: "The body is too large." });
    return;
  }
  next();
});
// With `Referrer-Policy: no-referrer`, browsers send `Origin: null` on our own form posts, which
// Remix's origin check reads as a forged request. "null" names no origin to compare, so we drop it;
// forms that rely on a session (staff pages) carry their own CSRF token.
app.use((req, _res, next) => {
  if (req.headers.origin === "null") delete req.headers.origin;
  next();
});
app.use(express.static(path.join(here, "build/client"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: NODE_ENV }));

const server = app.listen(port, host, () => {
  console.log(`Waspada is serving on http://${host}:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
