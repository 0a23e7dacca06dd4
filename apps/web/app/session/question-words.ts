import type { QuizTexts } from "../quiz/screen";

/**
 * The presenter's reading of the quiz's words (the same QuizTexts the solo quiz sends as its pack,
 * here for the whole bank): typed lookups by id, a missing sentence shown as its id.
 */
export interface QuestionWords {
  prompt(questionId: string): string;
  why(questionId: string): string;
  option(questionId: string, optionId: string): string;
  part(questionId: string, partId: string): string;
  stepText(questionId: string, stepId: string): string;
  choice(questionId: string, stepId: string, choiceId: string): string;
  trueFalse(id: string): string;
  flag(id: string): { name: string; instead: string } | undefined;
  sources(questionId: string): string[];
  /** The sources behind "why" and the given options, parts or choices: what a revealed screen shows. */
  sourcesBehind(questionId: string, ids: readonly string[]): string[];
  look(questionId: string): "advert" | "chat" | undefined;
}

export function questionWords(texts: QuizTexts): QuestionWords {
  const q = (id: string) => texts.questions[id];
  return {
    prompt: (id) => q(id)?.prompt ?? id,
    why: (id) => q(id)?.why ?? "",
    option: (id, optionId) => q(id)?.options?.[optionId]?.label ?? optionId,
    part: (id, partId) => q(id)?.parts?.[partId]?.text ?? partId,
    stepText: (id, stepId) => q(id)?.steps?.[stepId]?.text ?? "",
    choice: (id, stepId, choiceId) => q(id)?.steps?.[stepId]?.choices?.[choiceId]?.label ?? choiceId,
    trueFalse: (id) => (id === "true" || id === "false" ? texts.sentences[id] : id),
    flag: (id) => texts.flags[id],
    sources: (id) => texts.sources[id] ?? [],
    sourcesBehind: (id, ids) => {
      const cites = texts.cites[id] ?? {};
      const numbers = new Set(["why", ...ids].flatMap((key) => cites[key] ?? []));
      return (texts.sources[id] ?? []).filter((_, i) => numbers.has(i + 1));
    },
    look: (id) => texts.looks[id],
  };
}
