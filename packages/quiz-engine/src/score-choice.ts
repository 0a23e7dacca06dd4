import type { SingleChoiceQuestion, TrueFalseQuestion } from "./definition";
import type { Answer, Mode, QuestionResult } from "./result";
import { handCounter, peopleOf, resultOf, tally } from "./score-common";

/**
 * Single choice and true/false: 1 for the correct option, else 0; in a group, the share of the
 * room whose hands went up for it. Every red flag the question teaches counts as spotted by
 * those who were right and missed by the rest.
 */
export function scoreChoice(question: SingleChoiceQuestion | TrueFalseQuestion, answer: Answer, mode: Mode): QuestionResult {
  const correct = question.kind === "single" ? question.options.find((option) => option.correct)?.id : String(question.answer);
  const people = peopleOf(answer, mode);
  const right =
    mode === "solo"
      ? Number(answer.selected.length === 1 && answer.selected[0] === correct)
      : handCounter(answer, mode, people)(correct ?? "");
  return resultOf(
    question,
    answer,
    right / people,
    question.redFlags.map((id) => tally(id, right, people))
  );
}
