import { describe, expect, it } from "vitest";
import { coreQuiz } from "../quiz";
import { quizFingerprint, versionProblems } from "./version-check";

describe("quiz versions", () => {
  it("accepts the quiz as released", () => {
    expect(versionProblems(coreQuiz)).toEqual([]);
  });

  it("refuses a changed answer under the same version, and says to bump it", () => {
    const changed = structuredClone(coreQuiz);
    const single = changed.questions.find((q) => q.kind === "trueFalse");
    if (single?.kind !== "trueFalse") throw new Error("the bank has true/false questions");
    single.answer = !single.answer;
    expect(versionProblems(changed)).toEqual([expect.stringContaining("bump its version")]);
  });

  it("asks for a new version's fingerprint to be recorded", () => {
    const bumped = { ...coreQuiz, version: coreQuiz.version + 1 };
    expect(versionProblems(bumped)).toEqual([expect.stringContaining(quizFingerprint(bumped))]);
  });

  it("does not care about key order", () => {
    // every key of the definition, in reverse order
    const reordered = Object.fromEntries(Object.entries(coreQuiz).reverse()) as typeof coreQuiz;
    expect(quizFingerprint(reordered)).toBe(quizFingerprint(coreQuiz));
  });
});
