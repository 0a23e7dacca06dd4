import { describe, expect, it } from "vitest";
import { lengthProblems } from "./lengths";

describe("lengthProblems", () => {
  const resources = {
    en: {
      questions: { "salary-too-high": { prompt: "x".repeat(181), options: { a: { label: "y".repeat(90), explanation: "z".repeat(241) } } } },
      redFlags: { page: { intro: "w".repeat(500) }, rf01: { name: "n".repeat(61), why: "ok", instead: "ok" } },
    },
  };

  it("reports each text over its limit, by language and key", () => {
    expect(lengthProblems(resources, ["en"])).toEqual([
      "en questions:salary-too-high.prompt is 181 characters; the limit is 180",
      "en questions:salary-too-high.options.a.explanation is 241 characters; the limit is 240",
      "en redFlags:rf01.name is 61 characters; the limit is 60",
    ]);
  });

  it("counts characters, not UTF-16 units", () => {
    const emoji = { en: { redFlags: { rf01: { name: "🚩".repeat(60), why: "", instead: "" } } } };
    expect(lengthProblems(emoji, ["en"])).toEqual([]);
  });
});
