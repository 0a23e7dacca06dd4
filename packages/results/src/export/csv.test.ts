import { describe, expect, it } from "vitest";
import type { Aggregates } from "../aggregates/types";
import { aggregatesToCsv, toCsv } from "./csv";

/** A minimal RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(withBom: string): string[][] {
  expect(withBom.startsWith("\uFEFF")).toBe(true);
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

const sample: Aggregates = {
  filters: {},
  minCell: 10,
  total: { submissions: shown(20), people: shown(48) },
  byDay: [{ day: "2025-01-06", submissions: shown(20), people: shown(48) }],
  byWeek: [{ week: "2025-W02", submissions: shown(20), people: shown(48) }],
  byMode: [{ mode: "solo", submissions: shown(18), people: shown(18) }, { mode: "village", submissions: hidden, people: hidden }],
  byLang: [{ lang: "id", submissions: shown(20), people: shown(48) }],
  byProvince: [{ province: null, submissions: shown(20), people: shown(48) }],
  questions: [
    {
      quizId: "fixture",
      questionId: "salary",
      kind: "single",
      answering: shown(48),
      right: shown(40),
      partly: shown(0),
      wrong: hidden,
      options: [{ optionId: "a", people: hidden }, { optionId: null, people: hidden }],
    },
  ],
  flags: [{ flagId: "rf01", met: shown(48), spotted: shown(40), missed: hidden }],
};

describe("aggregatesToCsv", () => {
  it("writes one line per figure, empty and flagged when suppressed", () => {
    const rows = parseCsv(aggregatesToCsv(sample));
    expect(rows[0]).toEqual(["section", "quiz_id", "key", "option", "step", "measure", "value", "suppressed"]);
    expect(rows).toContainEqual(["total", "", "", "", "", "people", "48", "0"]);
    expect(rows).toContainEqual(["mode", "", "village", "", "", "people", "", "1"]);
    expect(rows).toContainEqual(["province", "", "none", "", "", "people", "48", "0"]);
    expect(rows).toContainEqual(["question", "fixture", "salary", "", "", "wrong", "", "1"]);
    expect(rows).toContainEqual(["option", "fixture", "salary", "(no hand raised)", "", "people", "", "1"]);
    expect(rows).toContainEqual(["flag", "", "rf01", "", "", "missed", "", "1"]);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    // No suppressed figure leaks into the file as a number.
    expect(rows.filter((r) => r[7] === "1").every((r) => r[6] === "")).toBe(true);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+62 812", "'+62 812"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindent", "'\tindent"],
    ["Nusa Tenggara Timur", "Nusa Tenggara Timur"],
  ])("writes %j as %j, which reads back as shown", (input, expected) => {
    const csv = toCsv(["name"], [[input]]);
    expect(csv).toBe(`\uFEFFname\r\n${expected}\r\n`);
    expect(parseCsv(csv)[1]?.[0]).toBe(/^[=+\-@\t]/.test(input) ? `'${input}` : input);
  });

  it("keeps numbers as numbers, negative ones too, and writes null as an empty cell", () => {
    expect(toCsv(["a", "b", "c"], [[-12, 0, null]])).toBe("\uFEFFa,b,c\r\n-12,0,\r\n");
  });
});
