import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { SubmissionInvalidError } from "../errors";
import { prepareAll, type Prepared } from "../ingest/prepare";
import type { QuizCatalogue, StoredSubmission } from "../types";
import { splitStoredRow } from "../validation/stored-schema";

const PAGE = 1_000;

/** Every stored submission with its day, by id (random: no arrival order), a page at a time (keyset, never OFFSET). */
export async function* storedRows(db: Kysely<Database>): AsyncIterable<StoredSubmission> {
  let after: string | undefined;
  for (;;) {
    let query = db.selectFrom("submissions").selectAll().orderBy("id").limit(PAGE);
    if (after !== undefined) query = query.where("id", ">", after);
    const rows = await query.execute();
    for (const row of rows) {
      yield {
        id: row.id,
        quizId: row.quiz_id,
        quizVersion: Number(row.quiz_version),
        lang: row.lang,
        mode: row.mode as StoredSubmission["mode"],
        ...(row.province === null ? {} : { province: row.province }),
        headCount: Number(row.head_count),
        answers: JSON.parse(row.answers) as StoredSubmission["answers"],
        ...(row.checks === null ? {} : { checks: JSON.parse(row.checks) as StoredSubmission["checks"] }),
        day: row.day,
      };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

/** Validates dumped rows (a real day, then a valid submission); issue paths count from `offset`. */
export function prepareStored(rows: unknown[], catalogue: QuizCatalogue, offset: number): Prepared[] {
  const days: string[] = [];
  const submissions: unknown[] = [];
  const issues: SubmissionInvalidError["issues"] = [];
  rows.forEach((row, i) => {
    try {
      const { day, submission } = splitStoredRow(row);
      days.push(day);
      submissions.push(submission);
    } catch (error) {
      if (!(error instanceof SubmissionInvalidError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: [offset + i, ...issue.path] })));
    }
  });
  if (issues.length) throw new SubmissionInvalidError(issues);
  try {
    return prepareAll(submissions, catalogue, (i) => days[i] ?? "");
  } catch (error) {
    if (!(error instanceof SubmissionInvalidError)) throw error;
    throw new SubmissionInvalidError(
      error.issues.map((issue) => ({ ...issue, path: [offset + Number(issue.path[0]), ...issue.path.slice(1)] })),
    );
  }
}
