/* global Headers, Request, Response */
// The Remix request handler for Express. It replaces @remix-run/express's own for two reasons:
//  - a body is read through the one body reader (http-body.mjs) with its limit before Remix sees
//    it, so a chunked form post or `.data` request is cut off at the limit (413) while streaming;
//  - the request's URL is built from the server's public origin, never from the Host header, so
//    links the app makes from `request.url` (canonical, Open Graph, robots.txt, sitemap.xml) cannot
//    be chosen by a client.
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import { createHash } from "node:crypto";
import { BODY_LIMITS, BodyError, isFormType, readBody } from "./http-body.mjs";
import { limitedFor } from "./result-limit.mjs";

// Pages whose responses carry quiz state (the signed state, answers, results): never stored by
// the browser or any cache, so Back after quick exit cannot show them from a cache.
const QUIZ_PAGE = /^\/[a-z]{2,3}\/(quiz|session)(\.data|\/.*)?$/;

export function remixHandler({ build, mode, originOf, limit = BODY_LIMITS.form }) {
  const handle = createRequestHandler(build, mode);
  const replays = answeredSteps();
  return async (req, res, next) => {
    try {
      const init = { method: req.method, headers: createRemixHeaders(req.headers) };
      const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
      if (req.method === "POST" && hasBody) {
        const type = req.headers["content-type"];
        // Pages only take HTML forms; anything else cannot be meant for them.
        if (!isFormType(type)) throw new BodyError(415, "Send a form (application/x-www-form-urlencoded or multipart/form-data).");
        const body = await readBody(req, limit, req.headers["content-length"]);
        // A form that does not parse is the client's mistake: 400 here, not a 500 in the action.
        const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => {
          throw new BodyError(400, "The form could not be read.");
        });
        // Without JavaScript a quiz step is a form post; sent again byte for byte it is the
        // browser going Back (or reloading) to a step already answered, e.g. after quick exit:
        // that brings up the quiz's first page, never the answers someone was giving.
        if (QUIZ_PAGE.test(req.path) && !req.path.endsWith(".data") && form.has("quiz") && replays.seen(req.path, body)) {
          res.set("Cache-Control", "no-store").redirect(303, req.path);
          return;
        }
        init.body = body;
      } else if (req.method === "POST") {
        // An empty post reads as an empty form, so an action refuses it with a 4xx, not a 500.
        init.body = new Uint8Array(0);
        if (!init.headers.has("content-type")) init.headers.set("content-type", "application/x-www-form-urlencoded");
      }
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      init.signal = controller.signal;
      const response = await handle(new Request(originOf(req) + req.originalUrl, init), {});
      // The result limit refused what this request would have stored (result-limit.mjs).
      const wait = limitedFor();
      if (wait) {
        res.status(429).set({ "Retry-After": String(wait), "Cache-Control": "no-store" }).type("text/plain");
        res.send("Too many results from this network right now; try again shortly. Nothing was stored.");
        return;
      }
      // Every answer to a post (which carries the state it was sent) and every quiz page.
      if (req.method === "POST" || QUIZ_PAGE.test(req.path)) response.headers.set("Cache-Control", "no-store");
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function createRemixHeaders(requestHeaders) {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  return headers;
}

async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * The quiz steps already answered, as hashes of their form bodies (which hold a signed state of a
 * random quiz id and nothing about the person), in memory only, for two hours and at most 100,000.
 */
function answeredSteps({ ttlMs = 2 * 60 * 60 * 1000, max = 100_000, now = () => Date.now() } = {}) {
  const seenAt = new Map();
  return {
    seen(path, body) {
      // The path too: switching language posts the same state to the other language's page.
      const key = createHash("sha256").update(path).update("\n").update(body).digest("base64");
      const t = now();
      for (const [k, at] of seenAt) {
        if (t - at < ttlMs && seenAt.size < max) break;
        seenAt.delete(k);
      }
      if (seenAt.has(key)) return true;
      seenAt.set(key, t);
      return false;
    },
  };
}
