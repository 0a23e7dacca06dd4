import type { QuizDefinition, QuizView } from "@waspada/quiz-engine";

/** What a finished solo quiz sends to the results store: answers by id, nothing about the person. */
export interface SoloSubmission {
  id: string;
  quizId: string;
  quizVersion: number;
  lang: string;
  mode: "solo";
  headCount: 1;
  answers: { questionId: string; selected: string[] }[];
}

/** The submission of a finished quiz, or null while it is not finished. Used by server and browser alike. */
export function soloSubmission(definition: QuizDefinition, id: string, lang: string, finished: QuizView): SoloSubmission | null {
  if (finished.status !== "finished" || !finished.result) return null;
  return {
    id,
    quizId: definition.id,
    quizVersion: definition.version,
    lang,
    mode: "solo",
    headCount: 1,
    answers: finished.result.questions.map(({ answer }) => ({ questionId: answer.questionId, selected: answer.selected })),
  };
}
