import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./i18n";
import { questionBank } from "./questions";
import { questionText, questionTextPaths, redFlagText } from "./question-text";

/** A sentence by its path inside a question's entry. */
function at(entry: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], entry);
}

describe("questionText", () => {
  it.each(LANGUAGES)("gives every sentence each question needs in %s", (lang) => {
    for (const question of questionBank) {
      const text = questionText(lang, question.id);
      for (const { path } of questionTextPaths(question)) expect(typeof at(text, path), `${question.id}.${path}`).toBe("string");
    }
  });

  it("speaks each language: the prompts differ between Indonesian and English", () => {
    const q = questionBank[0]!;
    expect(questionText("id", q.id).prompt).not.toBe(questionText("en", q.id).prompt);
  });

  it("reads Indonesian for an unknown language, and refuses an unknown question", () => {
    const q = questionBank[0]!;
    expect(questionText("xx", q.id)).toEqual(questionText("id", q.id));
    expect(() => questionText("id", "no-such-question")).toThrow(/no-such-question/);
  });

  it("gives a red flag's texts, and undefined for an id the catalogue lacks", () => {
    const flag = questionBank[0]!.redFlags[0]!;
    expect(redFlagText("en", flag)).toMatchObject({ name: expect.any(String), instead: expect.any(String) });
    expect(redFlagText("en", "page")).toBeUndefined();
    expect(redFlagText("en", "rf999")).toBeUndefined();
  });
});
