import { SubmissionInvalidError } from "../errors";
import { daySchema } from "./base-schema";

/**
 * Splits a dumped row into its day and the submission proper. The day is the one thing a
 * restore takes from outside that a client may never send; it must be a real calendar day.
 */
export function splitStoredRow(input: unknown): { day: string; submission: unknown } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new SubmissionInvalidError([{ path: [], message: "Must be an object" }]);
  }
  const { day, ...submission } = input as Record<string, unknown>;
  const parsed = daySchema.safeParse(day);
  if (!parsed.success) throw new SubmissionInvalidError([{ path: ["day"], message: "Must be a day, YYYY-MM-DD" }]);
  return { day: parsed.data, submission };
}
