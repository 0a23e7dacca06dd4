import type { QuizDefinition } from "./definition";
import type { QuizEvent, QuizSettings } from "./events";
import type { QuizState } from "./state";
import { initialState, step } from "./step";

/** Test-only: runs events through `step` and fails loudly when one of them is refused. */
export function run(definition: QuizDefinition, settings: QuizSettings, events: QuizEvent[], from?: QuizState): QuizState {
  return events.reduce((state, event) => {
    const next = step(definition, state, event);
    if (next === state) throw new Error(`refused: ${JSON.stringify(event)} in ${state.st}`);
    return next;
  }, from ?? initialState(definition, settings));
}

export const EVERY_EVENT: QuizEvent[] = [
  { type: "quiz.start" },
  { type: "quiz.answer", selected: ["a"] },
  { type: "quiz.tally", counts: {}, present: 1 },
  { type: "quiz.reveal" },
  { type: "quiz.next" },
  { type: "quiz.back" },
  { type: "quiz.finish" },
  { type: "quiz.restart" },
  { type: "quiz.timeUp" },
];

export const answer = (...selected: string[]): QuizEvent => ({ type: "quiz.answer", selected });
export const tally = (counts: Record<string, number>, present: number, selected?: string[]): QuizEvent =>
  selected ? { type: "quiz.tally", counts, present, selected } : { type: "quiz.tally", counts, present };
export const go = (type: "start" | "reveal" | "next" | "back" | "finish" | "restart" | "timeUp"): QuizEvent =>
  ({ type: `quiz.${type}` } as QuizEvent);
