import type { Question } from "./definition";
import { optionIds, scenarioCountKey } from "./options";
import type { Answer, Mode } from "./result";
import { walkIds } from "./scenario-path";
import { MAX_PRESENT } from "./version";

/**
 * Why a submitted answer cannot belong to this question (empty when it can). For the results
 * package, before it stores an answer: unknown ids, duplicates, impossible counts.
 * An empty selection is allowed everywhere, because time-up records one.
 */
export function answerProblems(question: Question, answer: Answer, mode: Mode): string[] {
  const where = `answer to "${question.id}"`;
  if (answer.questionId !== question.id) return [`${where} names question "${String(answer.questionId)}"`];
  const selected: unknown = answer.selected;
  if (!Array.isArray(selected) || !selected.every((id) => typeof id === "string")) return [`${where}: selected must be ids`];
  const problems: string[] = [];
  let keys: string[];
  if (question.kind === "scenario") {
    if (walkIds(question, selected).taken.length !== selected.length) problems.push(`${where}: choices do not follow the story`);
    keys = question.steps.flatMap((step) => step.choices.map((choice) => scenarioCountKey(step.id, choice.id)));
  } else {
    keys = optionIds(question);
    if (new Set(selected).size !== selected.length) problems.push(`${where}: an id is selected twice`);
    if (!selected.every((id) => keys.includes(id))) problems.push(`${where}: unknown id selected`);
    if (question.kind !== "spot" && selected.length > 1) problems.push(`${where}: one option at most`);
  }
  if (mode === "solo") {
    if (answer.counts !== undefined || answer.present !== undefined) problems.push(`${where}: counts are for village mode`);
    return problems;
  }
  const present = answer.present;
  if (!Number.isInteger(present) || (present as number) < 1 || (present as number) > MAX_PRESENT) {
    return [...problems, `${where}: present must be a whole number from 1 to ${MAX_PRESENT}`];
  }
  for (const [key, hands] of Object.entries(answer.counts ?? {})) {
    if (!keys.includes(key)) problems.push(`${where}: unknown count key "${key}"`);
    else if (!Number.isInteger(hands) || hands < 0 || hands > (present as number))
      problems.push(`${where}: bad count for "${key}"`);
  }
  return problems;
}
