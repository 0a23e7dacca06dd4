import { FacilitatorLimitError, MAX_BATCH, SubmissionConflictError, SubmissionInvalidError } from "@waspada/results";
import { admitResult } from "../quiz/draw.server";
import { resultsStore } from "../utils/db.server";
import { BODY_LIMITS, BodyError, readJson } from "../../http-body.mjs";
import { TooManyResultsError } from "../../result-limit.mjs";
import { catalogue } from "./catalogue.server";

/** An answer of the results API, independent of the HTTP layer that sends it. */
export interface ApiAnswer {
  status: number;
  body: unknown;
  /** Seconds, with a 429 from the result limit. */
  retryAfter?: number;
}

function problem(status: number, error: string, details?: unknown): ApiAnswer {
  return { status, body: details === undefined ? { error } : { error, details } };
}

/**
 * One finished quiz or village session, already parsed from JSON. The store validates it against
 * the known quizzes and answers only after the commit.
 */
export async function ingestOne(input: unknown): Promise<ApiAnswer> {
  const { submission, error } = admitResult(input);
  if (error !== undefined) return problem(400, `${error} Nothing was stored.`);
  try {
    const store = await resultsStore();
    const { status } = await store.submit(submission, catalogue);
    const id = (input as { id: string }).id;
    return status === "stored" ? { status: 201, body: { id, status: "stored" } } : { status: 200, body: { id, status: "already stored" } };
  } catch (error) {
    return failure(error);
  }
}

/** Up to 500 results, e.g. a village laptop's outbox: all valid, or none stored. */
export async function ingestBatch(input: unknown): Promise<ApiAnswer> {
  const results = (input as { results?: unknown } | null)?.results;
  if (typeof input !== "object" || input === null || Array.isArray(input) || Object.keys(input).some((k) => k !== "results")) {
    return problem(400, 'Send {"results": [...]}; nothing was stored.');
  }
  if (!Array.isArray(results) || results.length === 0 || results.length > MAX_BATCH) {
    return problem(400, `"results" must hold 1 to ${MAX_BATCH} results; nothing was stored.`);
  }
  // A batch is a village laptop's outbox: sessions vouched for by a facilitator code, never solo results.
  const solo = results.findIndex((r) => (r as { mode?: unknown } | null)?.mode !== "village");
  if (solo >= 0) return problem(400, `Result ${solo}: the batch endpoint takes village sessions only (each with its facilitatorCode). Nothing was stored.`);
  const admitted = results.map((result) => admitResult(result));
  const refused = admitted.findIndex((a) => a.error !== undefined);
  if (refused >= 0) return problem(400, `Result ${refused}: ${admitted[refused]!.error} Nothing was stored.`);
  try {
    const store = await resultsStore();
    const statuses = await store.submitBatch(
      admitted.map((a) => a.submission),
      catalogue,
    );
    const conflict = statuses.some((r) => r.status === "conflict");
    return {
      status: conflict ? 207 : 200,
      body: { results: statuses.map((r) => ({ id: r.id, status: r.status === "duplicate" ? "already stored" : r.status })) },
    };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ApiAnswer {
  if (error instanceof SubmissionConflictError) return problem(409, "A different result was already stored under this id.");
  if (error instanceof FacilitatorLimitError) return problem(429, error.message);
  if (error instanceof TooManyResultsError) return { ...problem(429, error.message), retryAfter: error.retryAfter };
  if (error instanceof SubmissionInvalidError) {
    return problem(400, "The result is not valid; nothing was stored.", error.issues.slice(0, 20));
  }
  throw error;
}

/** The same endpoints for a Fetch API Request (the Remix routes; used by `npm run dev`). */
export async function handleResultsRequest(request: Request, batch: boolean): Promise<Response> {
  let answer: ApiAnswer;
  if (request.method !== "POST") answer = problem(405, "Use POST.");
  else {
    try {
      const input = await readJson(request, batch ? BODY_LIMITS.batch : BODY_LIMITS.result);
      answer = batch ? await ingestBatch(input) : await ingestOne(input);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      answer = problem(error.status, error.message);
    }
  }
  return Response.json(answer.body, { status: answer.status });
}
