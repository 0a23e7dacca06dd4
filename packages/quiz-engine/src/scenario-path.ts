import type { ScenarioChoice, ScenarioEnding, ScenarioQuestion, ScenarioStep } from "./definition";
import { stepOf } from "./options";
import type { Round } from "./state";

export interface Walk {
  /** The step at which each choice was taken. */
  steps: ScenarioStep[];
  taken: ScenarioChoice[];
  /** Where the story stands now; undefined once it has ended (or a choice led nowhere). */
  at: ScenarioStep | undefined;
  ending: ScenarioEnding | undefined;
}

/**
 * Follows a story from its start, asking `pick` for the choice taken at the k-th step; stops when
 * pick gives none or the story ends. Bounded by the number of steps, so even a cyclic (invalid)
 * definition cannot loop forever.
 */
export function walk(question: ScenarioQuestion, pick: (step: ScenarioStep, k: number) => ScenarioChoice | undefined): Walk {
  const out: Walk = { steps: [], taken: [], at: stepOf(question, question.start), ending: undefined };
  for (let k = 0; out.at && k <= question.steps.length; k++) {
    const choice = pick(out.at, k);
    if (!choice) break;
    out.steps.push(out.at);
    out.taken.push(choice);
    out.ending = choice.ending;
    out.at = choice.next === undefined ? undefined : stepOf(question, choice.next);
  }
  return out;
}

export function walkIds(question: ScenarioQuestion, ids: readonly string[]): Walk {
  return walk(question, (step, k) => step.choices.find((choice) => choice.id === ids[k]));
}

export function walkRounds(question: ScenarioQuestion, rounds: readonly Round[]): Walk {
  return walk(question, (step, k) => {
    const index = rounds[k]?.s[0];
    return index === undefined ? undefined : step.choices[index];
  });
}
