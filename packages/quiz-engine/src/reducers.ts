import type { QuizDefinition } from "./definition";
import { currentQuestion, idsAt } from "./read-event";
import type { QuizContext, Round } from "./state";

/*
 * Pure context updates. The machine's named assign actions call these, and so `step` (which runs
 * the machine through xstate's pure transition) and a live actor share one implementation.
 * None mutates: a refused event must leave the caller's state object untouched.
 */

export const addRound = (context: QuizContext, round: Round): QuizContext => ({ ...context, p: [...context.p, round] });

export const replaceRound = (context: QuizContext, round: Round): QuizContext => ({
  ...context,
  p: [...context.p.slice(0, -1), round],
});

export const dropRound = (context: QuizContext): QuizContext => ({ ...context, p: context.p.slice(0, -1) });

export const commit = (context: QuizContext, rounds: Round[]): QuizContext => ({
  ...context,
  a: [...context.a, rounds],
  p: [],
});

/**
 * What time-up records for the current question: the rounds so far and an empty one where the
 * player or room was when time ran out. A group's empty round keeps the last known head count.
 */
export function unansweredRounds(definition: QuizDefinition, context: QuizContext): Round[] {
  if (context.s.mode === "solo") return [...context.p, { s: [] }];
  const question = currentQuestion(definition, context);
  const { ids } = question ? idsAt(question, context.p) : { ids: [] };
  const present = context.p.at(-1)?.p ?? headCount(context);
  return [...context.p, { s: [], c: ids.map(() => 0), p: present }];
}

/** The most people present in any answered round (1 when nobody has been counted yet). */
export function headCount(context: Pick<QuizContext, "a" | "s">): number {
  if (context.s.mode === "solo") return 1;
  return Math.max(1, ...context.a.flat().map((round) => round.p ?? 1));
}

export const moveTo = (context: QuizContext, i: number): QuizContext => ({ ...context, i });

export const reset = (context: QuizContext): QuizContext => ({ ...context, i: 0, a: [], p: [] });
