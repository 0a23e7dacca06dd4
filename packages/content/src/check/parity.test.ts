import { describe, expect, it } from "vitest";
import { flatten, parityProblems, placeholders } from "./parity";

const id = { common: { quiz: { progress: "Pertanyaan {{current}} dari {{total}}", next: "Lanjut" } } };

describe("flatten and placeholders", () => {
  it("turns nested texts into dotted paths", () => {
    expect([...flatten(id.common)]).toEqual([
      ["quiz.progress", "Pertanyaan {{current}} dari {{total}}"],
      ["quiz.next", "Lanjut"],
    ]);
  });

  it("reads placeholder names, ignoring spacing and formats", () => {
    expect(placeholders("{{ total }} and {{current, number}} and {{current}}")).toEqual(["current", "total"]);
  });
});

describe("parityProblems", () => {
  const check = (en: unknown, extra: Record<string, unknown> = {}) =>
    parityProblems({ id, en: en as Record<string, unknown>, ...extra } as never, ["id", "en", ...Object.keys(extra)], "id");

  it("accepts a complete translation", () => {
    expect(check({ common: { quiz: { progress: "Question {{current}} of {{total}}", next: "Next" } } })).toEqual([]);
  });

  it("reports missing and extra keys", () => {
    expect(check({ common: { quiz: { progress: "Question {{current}} of {{total}}", nxt: "Next" } } })).toEqual([
      "en common:quiz.next is missing",
      "en common:quiz.nxt has no Indonesian counterpart",
    ]);
  });

  it("reports a placeholder that was dropped or renamed", () => {
    expect(check({ common: { quiz: { progress: "Question {{n}} of {{total}}", next: "Next" } } })).toEqual([
      "en common:quiz.progress has placeholders [n, total], Indonesian has [current, total]",
    ]);
  });

  it("reports empty and non-text values", () => {
    expect(check({ common: { quiz: { progress: "Question {{current}} of {{total}}", next: " " } } })).toEqual(["en common:quiz.next is empty"]);
    expect(check({ common: { quiz: { progress: "Question {{current}} of {{total}}", next: 3 } } })).toEqual(["en common:quiz.next is not text"]);
  });

  it("reports a missing namespace file and a bad folder name", () => {
    expect(check({})).toEqual(["locales/en/common.json is missing"]);
    expect(check({ common: { quiz: { progress: "Question {{current}} of {{total}}", next: "Next" } } }, { English: {} })).toEqual([
      'locales/English: folder name must be a language code such as "id" or "en"',
      "locales/English/common.json is missing",
    ]);
  });
});
