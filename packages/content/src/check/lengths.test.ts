import { describe, expect, it } from "vitest";
import { lengthProblems } from "./lengths";

describe("lengthProblems", () => {
  const resources = {
    en: {
      questions: { "salary-too-high": { prompt: "x".repeat(181), options: { a: { label: "y".repeat(90), explanation: "z".repeat(241) } } } },
      redFlags: { page: { intro: "w".repeat(500) }, rf01: { name: "n".repeat(61), why: "ok", instead: "ok" } },
    },
  };

  it("reports each text over its limit, by language and key (question texts are checked with their paths)", () => {
    expect(lengthProblems(resources, ["en"])).toEqual([
      "en redFlags:rf01.name is 61 characters; the limit is 60",
    ]);
  });

  it("counts characters, not UTF-16 units", () => {
    const emoji = { en: { redFlags: { rf01: { name: "🚩".repeat(60), why: "", instead: "" } } } };
    expect(lengthProblems(emoji, ["en"])).toEqual([]);
  });
});
