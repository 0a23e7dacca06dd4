// POST /api/results and /api/results/batch, answered by Express without the Remix router: this is
// the hot path when a campaign goes viral. Validation and storage are the app's own `ingestOne` and
// `ingestBatch` (app/api/results-api.server.ts), exported by the server build's entry module.
import express from "express";

const SINGLE_LIMIT = 16 * 1024;
const BATCH_LIMIT = 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

function parse(req) {
  if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "")) {
    return { error: { status: 415, body: { error: "Send the result as application/json." } } };
  }
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) return { error: { status: 400, body: { error: "The body is empty." } } };
  try {
    return { input: JSON.parse(utf8.decode(req.body)) };
  } catch {
    return { error: { status: 400, body: { error: "The body is not valid UTF-8 JSON." } } };
  }
}

function endpoint(limit, ingest) {
  const router = express.Router();
  router.post("/", express.raw({ type: () => true, limit }), async (req, res, next) => {
    try {
      const { input, error } = parse(req);
      const answer = error ?? (await ingest(input));
      res.status(answer.status).json(answer.body);
    } catch (err) {
      next(err);
    }
  });
  router.all("/", (_req, res) => res.status(405).json({ error: "Use POST." }));
  return router;
}

export function resultsEndpoints({ ingestOne, ingestBatch }) {
  const app = express.Router();
  app.use("/api/results/batch", endpoint(BATCH_LIMIT, ingestBatch));
  app.use("/api/results", endpoint(SINGLE_LIMIT, ingestOne));
  // Body parser errors (too large, aborted) as clear JSON, never a stack trace.
  app.use((err, _req, res, next) => {
    if (!err?.status || err.status >= 500) return next(err);
    const tooLarge = err.type === "entity.too.large";
    res.status(err.status).json({ error: tooLarge ? "The body is too large." : "The body could not be read." });
  });
  return app;
}
