import { scoreAnswer, type Answer, type Mode, type Question, type QuestionResult } from "@waspada/quiz-engine";

/**
 * The engine decides what is right and which red flags were spotted; we only count. Kept behind
 * one function so the store never grows its own idea of scoring.
 */
export function score(question: Question, answer: Answer, mode: Mode): QuestionResult {
  return scoreAnswer(question, answer, mode);
}
