import type { Question } from "./definition";
import type { Answer, Mode } from "./result";
import { optionIds, scenarioCountKey } from "./options";
import { walkRounds } from "./scenario-path";
import type { Round } from "./state";

/** Stored rounds (indices) as the Answer the results package stores (ids). */
export function toAnswer(question: Question, rounds: readonly Round[], mode: Mode): Answer {
  const answer: Answer = { questionId: question.id, selected: [] };
  const counts: Record<string, number> = {};
  let present = 0;
  if (question.kind === "scenario") {
    const path = walkRounds(question, rounds);
    answer.selected = path.taken.map((choice) => choice.id);
    // the last round may hold hands at a step where time ran out before a choice was made
    const steps = path.at && rounds.length > path.steps.length ? [...path.steps, path.at] : path.steps;
    steps.forEach((step, k) => {
      step.choices.forEach((choice, j) => (counts[scenarioCountKey(step.id, choice.id)] = rounds[k]?.c?.[j] ?? 0));
      present = Math.max(present, rounds[k]?.p ?? 0);
    });
  } else {
    const ids = optionIds(question);
    const round = rounds[0];
    answer.selected = (round?.s ?? []).map((index) => ids[index] ?? "");
    ids.forEach((id, j) => (counts[id] = round?.c?.[j] ?? 0));
    present = round?.p ?? 0;
  }
  if (mode === "village") {
    answer.counts = counts;
    answer.present = Math.max(1, present);
  }
  return answer;
}
