/**
 * The quiz the engine runs: the bank's questions without the content-only fields (sources, look).
 * Bump `version` whenever a question, option or answer changes, so old snapshots are refused.
 */
import type { Question, QuizDefinition } from "@waspada/quiz-engine";
import { questionBank } from "./questions";
import type { BankQuestion } from "./types";

export function toDefinitionQuestion(question: BankQuestion): Question {
  const { sources: _sources, look: _look, ...definition } = question;
  return definition as Question;
}

export const coreQuiz: QuizDefinition = {
  id: "waspada-core",
  version: 1,
  questions: questionBank.map(toDefinitionQuestion),
};
