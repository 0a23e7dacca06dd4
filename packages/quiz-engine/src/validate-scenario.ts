import type { ScenarioQuestion } from "./definition";
import { stepOf } from "./options";

/** Ids end up in form fields and in "step/choice" tally keys, so they keep to a safe alphabet. */
export const ID = /^[A-Za-z0-9_.-]+$/;

/**
 * Problems of one story: steps and choices that do not resolve, steps never reached, and loops
 * (a story that can go round forever never ends, so scoring and the state size need none).
 */
export function scenarioProblems(question: ScenarioQuestion, where: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const step of question.steps) {
    if (!ID.test(step.id)) problems.push(`${where}: step id "${step.id}" must be letters, digits, "_", "." or "-"`);
    if (seen.has(step.id)) problems.push(`${where}: duplicate step id "${step.id}"`);
    seen.add(step.id);
    if (step.choices.length === 0) problems.push(`${where}: step "${step.id}" has no choices`);
    const choiceIds = new Set<string>();
    for (const choice of step.choices) {
      const at = `${where}: choice "${step.id}/${choice.id}"`;
      if (!ID.test(choice.id)) problems.push(`${at} must be letters, digits, "_", "." or "-"`);
      if (choiceIds.has(choice.id)) problems.push(`${at} is a duplicate`);
      choiceIds.add(choice.id);
      if ((choice.next === undefined) === (choice.ending === undefined))
        problems.push(`${at} needs exactly one of next and ending`);
      if (choice.next !== undefined && !stepOf(question, choice.next))
        problems.push(`${at} leads to missing step "${choice.next}"`);
      if (choice.ending !== undefined && choice.ending !== "good" && choice.ending !== "bad")
        problems.push(`${at} has unknown ending`);
      for (const flag of choice.redFlags ?? []) {
        if (!question.redFlags.includes(flag)) problems.push(`${at} shows red flag "${flag}" not listed on the question`);
      }
    }
  }
  if (!stepOf(question, question.start)) problems.push(`${where}: start step "${question.start}" does not exist`);
  return problems.length > 0 ? problems : graphProblems(question, where);
}

/** Depth-first from the start: a step met again on the current path is a loop. */
function graphProblems(question: ScenarioQuestion, where: string): string[] {
  const problems: string[] = [];
  const done = new Set<string>();
  const onPath = new Set<string>();
  let goodEnding = false;
  const visit = (id: string): void => {
    if (onPath.has(id)) return void problems.push(`${where}: steps loop back to "${id}", so the story may never end`);
    if (done.has(id)) return;
    onPath.add(id);
    for (const choice of stepOf(question, id)?.choices ?? []) {
      if (choice.ending === "good") goodEnding = true;
      if (choice.next !== undefined) visit(choice.next);
    }
    onPath.delete(id);
    done.add(id);
  };
  visit(question.start);
  for (const step of question.steps) {
    if (!done.has(step.id)) problems.push(`${where}: step "${step.id}" cannot be reached from the start`);
  }
  if (!goodEnding) problems.push(`${where}: no path ends well`);
  return problems;
}
