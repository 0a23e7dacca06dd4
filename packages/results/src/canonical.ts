import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level, so the same content always gives the same text
 * whatever order a client wrote its keys in. Array order is kept: it carries meaning (a story's path).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** sha256 (hex) of the canonical JSON: equal for a faithful retry, different for anything else. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/**
 * canonicalJson for a validated submission, written directly because ingestion hashes every
 * submission it sees. Only for validated input: every string in it then matches an id, tag or
 * UUID pattern (no quotes, backslashes or control characters), so it needs no escaping, and
 * every number is an integer. A test checks this against canonicalJson.
 */
export function canonicalSubmission(sub: {
  id: string;
  quizId: string;
  quizVersion: number;
  lang: string;
  mode: string;
  province?: string;
  headCount: number;
  answers: { questionId: string; selected: string[]; counts?: Record<string, number>; present?: number }[];
  checks?: unknown;
}): { json: string; answersJson: string; checksJson: string | null } {
  let answersJson = "[";
  sub.answers.forEach((a, i) => {
    if (i) answersJson += ",";
    answersJson += "{";
    if (a.counts) {
      const keys = Object.keys(a.counts).sort();
      answersJson += `"counts":{${keys.map((k) => `"${k}":${a.counts![k]}`).join(",")}},`;
    }
    if (a.present !== undefined) answersJson += `"present":${a.present},`;
    answersJson += `"questionId":"${a.questionId}","selected":[${a.selected.map((id) => `"${id}"`).join(",")}]}`;
  });
  answersJson += "]";
  const province = sub.province === undefined ? "" : `"province":"${sub.province}",`;
  // Village sessions only, so the general (slower) form is fine here.
  const checksJson = sub.checks === undefined ? null : canonicalJson(sub.checks);
  const checks = checksJson === null ? "" : `"checks":${checksJson},`;
  const json =
    `{"answers":${answersJson},${checks}"headCount":${sub.headCount},"id":"${sub.id}","lang":"${sub.lang}","mode":"${sub.mode}",` +
    `${province}"quizId":"${sub.quizId}","quizVersion":${sub.quizVersion}}`;
  return { json, answersJson, checksJson };
}
