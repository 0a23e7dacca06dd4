import { getShortestPaths, getSimplePaths } from "@xstate/graph";
import { createActor, transition } from "xstate";
import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./codec";
import type { QuizDefinition } from "./definition";
import type { QuizEvent, QuizSettings } from "./events";
import { smallQuiz } from "./fixtures";
import { createQuizMachine } from "./machine";
import type { QuizContext } from "./state";
import { fromSnapshot, initialState, step, toState } from "./step";
import { EVERY_EVENT } from "./test-helpers";
import { view } from "./view";

/*
 * Model-based tests with @xstate/graph over smallQuiz (one spot question, one true/false, one
 * two-step story). Every reachable state is visited, every event of a menu (valid and invalid
 * payloads) is tried from it, and `step` must agree with the machine on each edge; the states
 * must round-trip through encodeState. Solo play additionally walks every simple path.
 */
type Snapshot = { value: unknown; context: QuizContext; can(event: QuizEvent): boolean };

function menu(definition: QuizDefinition, snapshot: Snapshot, invalid = true): QuizEvent[] {
  const shown = view(definition, toState(definition, String(snapshot.value), snapshot.context));
  const ids = shown.optionOrder ?? [];
  const picks = shown.question?.kind === "spot" ? [["p1", "p3"], ["p2"]] : ids.map((id) => [id]);
  const bare = EVERY_EVENT.filter((event) => event.type !== "quiz.answer" && event.type !== "quiz.tally");
  const answers = picks.map((selected): QuizEvent => ({ type: "quiz.answer", selected }));
  const tallies = picks.map(
    (selected): QuizEvent => ({ type: "quiz.tally", counts: Object.fromEntries(selected.map((id) => [id, 2])), present: 2 })
  );
  const wrong: QuizEvent[] = [
    { type: "quiz.answer", selected: ["nope"] },
    { type: "quiz.tally", counts: { nope: 1 }, present: 1 },
  ];
  return [...bare, ...(snapshot.context.s.mode === "solo" ? answers : tallies), ...(invalid ? wrong : [])];
}

const traversal = (definition: QuizDefinition, settings: QuizSettings, invalid: boolean) =>
  ({ input: settings, events: (snapshot: Snapshot) => menu(definition, snapshot, invalid) } as never);

describe.each(["solo", "group"] as const)("every reachable %s state", (mode) => {
  const settings = { mode, length: 3, seed: 1 };
  const machine = createQuizMachine(smallQuiz);
  const paths = getShortestPaths(machine, traversal(smallQuiz, settings, true));

  it("is reached the same way by step and by a live actor, and round-trips", () => {
    expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(
      new Set(["intro", "question", "feedback", "finished", ...(mode === "group" ? ["tallied"] : [])])
    );
    for (const path of paths) {
      let state = initialState(smallQuiz, settings);
      const actor = createActor(machine, { input: settings }).start();
      for (const { event } of path.steps.slice(1)) {
        state = step(smallQuiz, state, event);
        actor.send(event);
      }
      const snapshot = actor.getSnapshot();
      expect(state).toEqual(toState(smallQuiz, String(path.state.value), path.state.context));
      expect(state).toEqual(fromSnapshot(smallQuiz, snapshot));
      expect(decodeState(smallQuiz, encodeState(state))).toEqual(state);
    }
  });

  it("steps every event as the machine does, and refused events change nothing", () => {
    const accepted = new Set<string>();
    for (const { state: snapshot } of paths) {
      const state = toState(smallQuiz, String(snapshot.value), snapshot.context);
      const shown = view(smallQuiz, state);
      for (const event of menu(smallQuiz, snapshot)) {
        const next = step(smallQuiz, state, event);
        if (!snapshot.can(event)) {
          expect(next).toBe(state);
          continue;
        }
        accepted.add(event.type);
        const [expected] = transition(machine, snapshot as never, event);
        expect(next).toEqual(toState(smallQuiz, String(expected.value), expected.context));
        const can = shown.can[event.type.slice(5) as keyof typeof shown.can];
        expect({ event: event.type, status: shown.status, can }).toMatchObject({ can: true });
      }
    }
    // solo play never tallies and has nothing to reveal: an answer goes straight to feedback
    const unused = mode === "solo" ? ["quiz.tally", "quiz.reveal"] : ["quiz.answer"];
    expect([...accepted].sort()).toEqual(
      EVERY_EVENT.map((event) => event.type)
        .filter((type) => !unused.includes(type))
        .sort()
    );
  });
});

describe("every simple path of solo play", () => {
  // two questions (the spot question and the story) keep the number of simple paths small
  const definition: QuizDefinition = { ...smallQuiz, questions: smallQuiz.questions.slice(1) };
  const settings = { mode: "solo" as const, length: 2, seed: 1 };
  const paths = getSimplePaths(createQuizMachine(definition), traversal(definition, settings, false));

  it("keeps the view consistent along every path", () => {
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      let state = initialState(definition, settings);
      for (const { event } of path.steps.slice(1)) {
        state = step(definition, state, event);
        const shown = view(definition, state);
        expect(shown.answered).toBeLessThanOrEqual(shown.total);
        expect(shown.index).toBeLessThan(shown.total);
        expect(shown.feedback !== undefined).toBe(shown.status === "feedback");
        if (shown.result) expect(shown.result.score).toBeLessThanOrEqual(shown.result.max);
      }
      expect(state).toEqual(toState(definition, String(path.state.value), path.state.context));
    }
  });
});
