import { questionBank } from "@waspada/content";
import { describe, expect, it } from "vitest";
import { quizTexts } from "../quiz/quiz.server";
import { questionWords } from "./question-words";

describe("the presenter's sources", () => {
  const texts = quizTexts("id", questionBank.map((q) => q.id));
  const words = questionWords(texts);

  it("cites, under a revealed question, the sources behind why and the answers it marks, and no others", () => {
    for (const q of questionBank) {
      if (q.kind !== "single") continue;
      const right = q.options.filter((o) => o.correct).map((o) => o.id);
      const shown = words.sourcesBehind(q.id, right);
      const numbers = new Set(["why", ...right].flatMap((key) => texts.cites[q.id]?.[key] ?? []));
      expect(shown, q.id).toEqual((texts.sources[q.id] ?? []).filter((_, i) => numbers.has(i + 1)));
      expect(shown.length, q.id).toBeGreaterThan(0);
      for (const source of shown) expect(words.sources(q.id), q.id).toContain(source);
    }
  });

  it("leaves out a source that backs only an answer not marked", () => {
    const q = questionBank.find((question) => question.id === "border-zones")!;
    // Option c rests on weak borders (Pinatih); the right answer, a, on the economic zones (OCHR).
    expect(words.sources(q.id).some((s) => s.includes("Pinatih"))).toBe(true);
    expect(words.sourcesBehind(q.id, ["a"]).some((s) => s.includes("Pinatih"))).toBe(false);
    expect(words.sourcesBehind(q.id, ["a", "c"]).some((s) => s.includes("Pinatih"))).toBe(true);
  });
});
