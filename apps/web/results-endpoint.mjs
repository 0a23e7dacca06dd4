// POST /api/results and /api/results/batch, answered by Express without the Remix router: this is
// the hot path when a campaign goes viral. The body is read by the one body reader (http-body.mjs);
// validation and storage are the app's own `ingestOne` and `ingestBatch`
// (app/api/results-api.server.ts), exported by the server build's entry module.
import express from "express";
import { BODY_LIMITS, readJson } from "./http-body.mjs";

function endpoint(limit, ingest) {
  const router = express.Router();
  router.post("/", async (req, res, next) => {
    try {
      const input = await readJson(req, limit);
      const answer = await ingest(input);
      if (answer.retryAfter) res.set("Retry-After", String(answer.retryAfter));
      res.status(answer.status).set("Cache-Control", "no-store").json(answer.body);
    } catch (err) {
      next(err);
    }
  });
  router.all("/", (_req, res) => res.status(405).set("Allow", "POST").json({ error: "Use POST." }));
  return router;
}

export function resultsEndpoints({ ingestOne, ingestBatch }) {
  const app = express.Router();
  app.use("/api/results/batch", endpoint(BODY_LIMITS.batch, ingestBatch));
  app.use("/api/results", endpoint(BODY_LIMITS.result, ingestOne));
  return app;
}
