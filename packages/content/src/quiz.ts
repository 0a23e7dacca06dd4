/**
 * The quiz the engine runs: the bank's questions without the content-only fields (sources, look,
 * published facts, the sources of each explanation), which the engine never reads and the browser
 * need not download. Bump `version` whenever a question, option or answer changes, so old snapshots
 * are refused.
 */
import type { Question, QuizDefinition } from "@waspada/quiz-engine";
import { questionBank } from "./questions";
import type { BankQuestion } from "./types";

export function toDefinitionQuestion(question: BankQuestion): Question {
  const { sources: _sources, look: _look, published: _published, explains: _explains, ...definition } = question;
  return definition as Question;
}

/** Every quiz holds a social-media advert to mark and a branching story, as the quiz's introduction promises. */
export const MUST_INCLUDE: string[][] = [
  questionBank.filter((question) => question.kind === "spot" && question.look === "advert").map((question) => question.id),
  questionBank.filter((question) => question.kind === "scenario").map((question) => question.id),
];

export const coreQuiz: QuizDefinition = {
  id: "waspada-core",
  version: 2,
  questions: questionBank.map(toDefinitionQuestion),
  mustInclude: MUST_INCLUDE,
};
