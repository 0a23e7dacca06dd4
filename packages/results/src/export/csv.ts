import type { Aggregates, Completions, Figure } from "../aggregates/types";

export const CSV_HEADER = ["section", "quiz_id", "key", "option", "step", "measure", "value", "suppressed"] as const;

type Line = [section: string, quizId: string, key: string, option: string, step: string, measure: string, figure: Figure];

/**
 * Aggregates as one tidy CSV (RFC 4180, CRLF line ends): one line per published figure. A
 * suppressed figure has an empty value and suppressed=1, so a spreadsheet cannot mistake it for 0.
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
    fig.value === null ? "" : String(fig.value),
    fig.suppressed ? "1" : "0",
  ]);
  return [CSV_HEADER as readonly string[], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * RFC 4180 quoting, plus a leading apostrophe for text a spreadsheet would run as a formula.
 * Every value here is an id we validated, so this is belt and braces.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
