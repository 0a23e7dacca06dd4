import fc from "fast-check";
import { createActor } from "xstate";
import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./codec";
import type { QuizEvent } from "./events";
import { drawQuestions, optionOrder } from "./draw";
import { fixtureQuiz } from "./fixtures";
import { createQuizMachine } from "./machine";
import type { QuizState } from "./state";
import { canStep, initialState, step, toState } from "./step";
import { view } from "./view";

const TYPES = ["start", "answer", "tally", "reveal", "next", "back", "finish", "restart", "timeUp"] as const;

/** An intent resolved against the current view, so most answers and tallies fit and get accepted. */
const weighted = (type: (typeof TYPES)[number], weight: number) => ({ weight, arbitrary: fc.constant(type) });
const intent = fc.record({
  type: fc.oneof(
    ...[weighted("start", 2), weighted("answer", 6), weighted("tally", 6), weighted("reveal", 3), weighted("next", 5)],
    ...[weighted("back", 2), weighted("finish", 1), weighted("restart", 1), weighted("timeUp", 2)]
  ),
  picks: fc.array(fc.nat(7), { minLength: 1, maxLength: 3 }),
  hands: fc.array(fc.nat(60), { maxLength: 8 }),
  present: fc.integer({ min: -1, max: 61 }),
  giveChoice: fc.boolean(),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;
const noise = fc.oneof(
  fc.anything(),
  fc.record({
    type: fc.constantFrom(...TYPES.map((t) => `quiz.${t}`)),
    selected: fc.anything(),
    counts: fc.anything(),
    present: fc.anything(),
  })
);
const eventIntents = fc.array(fc.oneof({ weight: 19, arbitrary: intent }, { weight: 1, arbitrary: noise }), {
  maxLength: 80,
  size: "large",
});
const settings = fc.record({
  mode: fc.constantFrom("solo" as const, "village" as const),
  length: fc.integer({ min: -2, max: 20 }),
  seed: fc.nat(),
});

function resolve(state: QuizState, raw: unknown): QuizEvent {
  if (typeof raw !== "object" || raw === null || !("picks" in raw)) return raw as QuizEvent;
  const { type, picks, hands, present, giveChoice } = raw as Intent;
  const ids = view(fixtureQuiz, state).optionOrder ?? ["x"];
  const selected = picks.map((k) => ids[k % ids.length] ?? "x");
  if (type === "answer") return { type: "quiz.answer", selected };
  if (type !== "tally") return { type: `quiz.${type}` } as QuizEvent;
  const counts = Object.fromEntries(ids.map((id, k) => [id, Math.min(hands[k] ?? 0, Math.max(present, 0))]));
  return giveChoice
    ? { type: "quiz.tally", counts, present, selected: selected.slice(0, 1) }
    : { type: "quiz.tally", counts, present };
}

function checkInvariants(state: QuizState): void {
  const shown = view(fixtureQuiz, state);
  expect(shown.answered).toBeLessThanOrEqual(shown.total);
  expect(shown.index).toBeLessThan(shown.total);
  const encoded = encodeState(state);
  expect(encoded.length).toBeLessThanOrEqual(2048);
  expect(decodeState(fixtureQuiz, encoded)).toEqual(state);
  const result = shown.result;
  if (!result) return;
  expect(result.score).toBeLessThanOrEqual(result.max);
  expect(result.max).toBe(shown.answered);
  for (const question of result.questions) {
    expect(question.score).toBeGreaterThanOrEqual(0);
    expect(question.score).toBeLessThanOrEqual(1);
    for (const flag of question.flags) {
      expect(flag.spotted).toBeGreaterThanOrEqual(0);
      expect(flag.spotted + flag.missed).toBe(state.s.mode === "solo" ? 1 : question.answer.present);
    }
  }
}

describe("properties", () => {
  it("random event sequences never throw and keep every invariant", () => {
    const reached = new Map<string, number>();
    fc.assert(
      fc.property(settings, eventIntents, (chosen, intents) => {
        let state = initialState(fixtureQuiz, chosen);
        for (const raw of intents) {
          const event = resolve(state, raw);
          const accepted = canStep(fixtureQuiz, state, event);
          const next = step(fixtureQuiz, state, event);
          expect(next === state).toBe(!accepted);
          if (accepted) checkInvariants(next);
          if (accepted) reached.set(next.st, (reached.get(next.st) ?? 0) + 1);
          state = next;
        }
      }),
      { numRuns: 150 }
    );
    // the intents are resolved against the view so that the walk gets everywhere, not stuck at the intro
    for (const status of ["question", "tallied", "feedback", "finished"]) expect(reached.get(status)).toBeGreaterThan(20);
  });

  it("a live actor and step agree on any sequence", () => {
    fc.assert(
      fc.property(settings, eventIntents, (chosen, intents) => {
        let state = initialState(fixtureQuiz, chosen);
        const actor = createActor(createQuizMachine(fixtureQuiz), { input: chosen }).start();
        for (const raw of intents) {
          const event = resolve(state, raw);
          state = step(fixtureQuiz, state, event);
          if (typeof event === "object" && event !== null && typeof event.type === "string") actor.send(event);
        }
        const snapshot = actor.getSnapshot();
        expect(toState(fixtureQuiz, String(snapshot.value), snapshot.context)).toEqual(state);
      }),
      { numRuns: 60 }
    );
  });

  it("the same seed gives the same quiz", () => {
    fc.assert(
      fc.property(settings, (chosen) => {
        expect(initialState(fixtureQuiz, chosen)).toEqual(initialState(fixtureQuiz, { ...chosen }));
        const drawn = drawQuestions(fixtureQuiz, chosen);
        expect(drawQuestions(fixtureQuiz, chosen)).toEqual(drawn);
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const question of fixtureQuiz.questions) {
          expect(optionOrder(question, chosen.seed)).toEqual(optionOrder(question, chosen.seed));
        }
      }),
      { numRuns: 100 }
    );
  });
});
