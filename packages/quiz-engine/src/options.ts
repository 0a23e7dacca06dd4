import type { Question, RedFlagId, ScenarioQuestion, ScenarioStep } from "./definition";

export const TRUE_FALSE = ["true", "false"] as const;

export type FlatQuestion = Exclude<Question, ScenarioQuestion>;

/** The ids a non-scenario answer chooses from, in definition order. */
export function optionIds(question: FlatQuestion): string[] {
  if (question.kind === "single") return question.options.map((option) => option.id);
  if (question.kind === "trueFalse") return [...TRUE_FALSE];
  return question.parts.map((part) => part.id);
}

export function stepOf(question: ScenarioQuestion, id: string | undefined): ScenarioStep | undefined {
  return question.steps.find((step) => step.id === id);
}

/**
 * Key of a village scenario tally in Answer.counts: a story visits several steps whose choice ids
 * may repeat, so hands are kept per step.
 */
export function scenarioCountKey(stepId: string, choiceId: string): string {
  return `${stepId}/${choiceId}`;
}

/**
 * Every red flag a question can report, once each: the flags it teaches, then those its advert
 * parts mark and its story choices walk into, in definition order.
 */
export function questionFlags(question: Question): RedFlagId[] {
  const shown =
    question.kind === "spot"
      ? question.parts.flatMap((part) => (part.redFlag === undefined ? [] : [part.redFlag]))
      : question.kind === "scenario"
        ? question.steps.flatMap((step) => step.choices.flatMap((choice) => choice.redFlags ?? []))
        : [];
  return [...new Set([...question.redFlags, ...shown])];
}
