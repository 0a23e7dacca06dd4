import { stringify } from "csv-stringify/sync";
import type { Aggregates, Completions, Figure } from "../aggregates/types";

export const CSV_HEADER = ["section", "quiz_id", "key", "option", "step", "measure", "value", "suppressed"] as const;

type Line = [section: string, quizId: string, key: string, option: string, step: string, measure: string, figure: Figure];

/**
 * Aggregates as one tidy CSV (RFC 4180, CRLF line ends): one line per published figure, as staff
 * see it (shownCount: rounded to the nearest 5). A hidden figure ("fewer than 10") has an empty
 * value and suppressed=1, so a spreadsheet cannot mistake it for 0.
 */
export function aggregatesToCsv(aggregates: Aggregates): string {
  const lines: Line[] = [];
  const completions = (section: string, key: string, row: Completions) => {
    lines.push([section, "", key, "", "", "submissions", row.submissions], [section, "", key, "", "", "people", row.people]);
  };
  completions("total", "", aggregates.total);
  for (const row of aggregates.byDay) completions("day", row.day, row);
  for (const row of aggregates.byWeek) completions("week", row.week, row);
  for (const row of aggregates.byMode) completions("mode", row.mode, row);
  for (const row of aggregates.byLang) completions("lang", row.lang, row);
  for (const row of aggregates.byProvince) completions("province", row.province ?? "none", row);
  for (const q of aggregates.questions) {
    for (const measure of ["answering", "right", "partly", "wrong"] as const) {
      lines.push(["question", q.quizId, q.questionId, "", "", measure, q[measure]]);
    }
    for (const o of q.options) {
      lines.push(["option", q.quizId, q.questionId, o.optionId ?? "(no hand raised)", o.step ?? "", "people", o.people]);
    }
  }
  for (const f of aggregates.flags) {
    for (const measure of ["met", "spotted", "missed"] as const) lines.push(["flag", "", f.flagId, "", "", measure, f[measure]]);
  }
  const rows = lines.map(([section, quizId, key, option, step, measure, fig]) => [
    section,
    quizId,
    key,
    option,
    step,
    measure,
    fig.value,
    fig.suppressed ? 1 : 0,
  ]);
  return toCsv(CSV_HEADER, rows);
}

export type CsvCell = string | number | null | undefined;

/**
 * The one CSV writer (csv-stringify): RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark
 * so spreadsheets read Indonesian and English names correctly, and formula-safe text: a cell that
 * starts with = + - @ tab or CR (or their full-width forms) gets a leading apostrophe, so a
 * spreadsheet shows it instead of running it. Numbers stay numbers (-12 is not a formula); null
 * and undefined are empty cells.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header as string[], ...(rows as CsvCell[][])], { bom: true, record_delimiter: "windows", escape_formulas: true });
}
