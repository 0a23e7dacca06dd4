import type { QuizDefinition } from "@waspada/quiz-engine";
import { hash } from "node:crypto";
import { canonicalSubmission } from "../canonical";
import { SubmissionInvalidError } from "../errors";
import type { QuizCatalogue, Submission } from "../types";
import { readSubmission } from "../validation/submission-schema";
import { deriveItems, type Deltas } from "./derive";

/** A validated, scored submission ready to write: everything that can fail is done before the transaction. */
export interface Prepared {
  sub: Submission;
  quiz: QuizDefinition;
  day: string;
  hash: string;
  answersJson: string;
  /** The session's checks as canonical JSON, or null (solo, or a session without checks). */
  checksJson: string | null;
  /** What it adds to the rollups (see derive.ts). */
  items: Deltas;
  /** Village sessions: the row of the facilitator code it came with (set by the store). */
  facilitatorId?: number;
}

export function prepare(input: unknown, catalogue: QuizCatalogue, day: string): Prepared {
  const { sub, quiz } = readSubmission(input, catalogue);
  let items: Deltas;
  try {
    items = deriveItems(sub, quiz);
  } catch (error) {
    // The engine is the judge of a valid answer; what it cannot score is the client's mistake.
    const message = error instanceof Error ? error.message : String(error);
    throw new SubmissionInvalidError([{ path: ["answers"], message: `Cannot be scored: ${message}` }]);
  }
  const { json, answersJson, checksJson } = canonicalSubmission(sub);
  return { sub, quiz: quiz.quiz, day, hash: hash("sha256", json), answersJson, checksJson, items };
}

/** Prepares every input or none: one bad submission rejects the batch, naming its index. */
export function prepareAll(inputs: readonly unknown[], catalogue: QuizCatalogue, dayOf: (i: number) => string): Prepared[] {
  const out: Prepared[] = [];
  const issues: SubmissionInvalidError["issues"] = [];
  inputs.forEach((input, i) => {
    try {
      out.push(prepare(input, catalogue, dayOf(i)));
    } catch (error) {
      if (!(error instanceof SubmissionInvalidError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })));
    }
  });
  if (issues.length) throw new SubmissionInvalidError(issues);
  return out;
}
