import {
  SubmissionConflictError,
  SubmissionInvalidError,
  submissionSchema,
  type Submission,
} from "@waspada/results";
import { z } from "zod";
import { quizCatalogue } from "../quiz/quiz.server";
import { resultsStore } from "../utils/db.server";
import { BodyError, readJson } from "./read-json.server";

export const SINGLE_LIMIT = 16 * 1024;
export const BATCH_LIMIT = 1024 * 1024;
export const BATCH_MAX = 500;

const catalogue = quizCatalogue();
const single = submissionSchema(catalogue);
const batch = z.object({ results: z.array(single).min(1).max(BATCH_MAX) }).strict();

function problem(status: number, error: string, details?: unknown) {
  return Response.json({ error, ...(details === undefined ? {} : { details }) }, { status });
}

function issuesOf(error: z.ZodError) {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message }));
}

/** POST /api/results: one finished quiz or village session. Success only after the commit. */
export async function postOne(request: Request): Promise<Response> {
  if (request.method !== "POST") return problem(405, "Use POST.");
  try {
    const parsed = single.safeParse(await readJson(request, SINGLE_LIMIT));
    if (!parsed.success) return problem(400, "The result is not valid.", issuesOf(parsed.error));
    const store = await resultsStore();
    const { status } = await store.submit(parsed.data as Submission, catalogue);
    return status === "stored"
      ? Response.json({ id: parsed.data.id, status: "stored" }, { status: 201 })
      : Response.json({ id: parsed.data.id, status: "already stored" }, { status: 200 });
  } catch (error) {
    return failure(error);
  }
}

/** POST /api/results/batch: up to 500 results, e.g. a village laptop's outbox. All valid, or none stored. */
export async function postBatch(request: Request): Promise<Response> {
  if (request.method !== "POST") return problem(405, "Use POST.");
  try {
    const parsed = batch.safeParse(await readJson(request, BATCH_LIMIT));
    if (!parsed.success) return problem(400, "The batch is not valid; nothing was stored.", issuesOf(parsed.error));
    const store = await resultsStore();
    const results = await store.submitBatch(parsed.data.results as Submission[], catalogue);
    const conflict = results.some((r) => r.status === "conflict");
    return Response.json(
      { results: results.map((r) => ({ id: r.id, status: r.status === "duplicate" ? "already stored" : r.status })) },
      { status: conflict ? 207 : 200 },
    );
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): Response {
  if (error instanceof BodyError) return problem(error.status, error.message);
  if (error instanceof SubmissionConflictError) {
    return problem(409, "A different result was already stored under this id.");
  }
  if (error instanceof SubmissionInvalidError) return problem(400, error.message);
  throw error;
}
