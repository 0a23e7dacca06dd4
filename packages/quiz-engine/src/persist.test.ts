import { createActor } from "xstate";
import { describe, expect, it } from "vitest";
import { QuizStateError } from "./errors";
import { fixtureQuiz, smallQuiz } from "./fixtures";
import { createQuizMachine } from "./machine";
import { persist, restore } from "./persist";
import { fromSnapshot, initialState, step } from "./step";
import { answer, go, tally } from "./test-helpers";

const settings = { mode: "village" as const, length: 3, seed: 5 };
const events = [go("start"), tally({ p1: 4, p3: 1 }, 6), go("reveal"), go("next"), tally({ false: 6 }, 6)];

function actorAfter() {
  const actor = createActor(createQuizMachine(smallQuiz), { input: settings }).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe("persist / restore", () => {
  it("survives JSON and resumes in a new actor exactly where it was", () => {
    const actor = actorAfter();
    const saved = JSON.parse(JSON.stringify(persist(smallQuiz, actor)));
    expect(saved).toMatchObject({ engineVersion: 1, quizId: "small-fixture", quizVersion: 1 });
    const resumed = createActor(createQuizMachine(smallQuiz), { snapshot: restore(smallQuiz, saved) }).start();
    expect(resumed.getSnapshot().value).toBe("tallied");
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    for (const next of [go("reveal"), go("next")]) {
      actor.send(next);
      resumed.send(next);
    }
    expect(resumed.getSnapshot().value).toBe(actor.getSnapshot().value);
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(persist(smallQuiz, resumed.getSnapshot())).toEqual(persist(smallQuiz, actor));
  });

  it("refuses another engine, quiz or quiz version with a clear error", () => {
    const saved = persist(smallQuiz, actorAfter());
    expect(() => restore(smallQuiz, { ...saved, engineVersion: 0 })).toThrow(/engine version 0; this is version 1/);
    expect(() => restore(smallQuiz, { ...saved, quizVersion: 2 })).toThrow(/v2, not "small-fixture" v1/);
    expect(() => restore(fixtureQuiz, saved)).toThrow(QuizStateError);
  });

  it("refuses a snapshot whose content does not fit the quiz", () => {
    const saved = JSON.parse(JSON.stringify(persist(smallQuiz, actorAfter())));
    const broken = (patch: object) => ({ ...saved, snapshot: { ...saved.snapshot, ...patch } });
    expect(() => restore(smallQuiz, broken({ value: "nowhere" }))).toThrow(/unknown status/);
    expect(() => restore(smallQuiz, broken({ context: { ...saved.snapshot.context, i: 7 } }))).toThrow(/out of range/);
    expect(() => restore(smallQuiz, broken({ context: null }))).toThrow(/no context/);
    expect(() => restore(smallQuiz, null as never)).toThrow(QuizStateError);
  });
});

describe("settings", () => {
  it("are required for a new quiz, with a clear error", () => {
    const actor = createActor(createQuizMachine(smallQuiz));
    actor.subscribe({ error: () => undefined });
    actor.start();
    expect(actor.getSnapshot()).toMatchObject({ status: "error", error: { message: expect.stringMatching(/needs input/) } });
    expect(() => initialState(smallQuiz, { ...settings, mode: "pair" as never })).toThrow(/Unknown quiz mode "pair"/);
  });
});

describe("one implementation for actors and step", () => {
  it("gives the same state through a live actor and through step", () => {
    const actor = createActor(createQuizMachine(smallQuiz), { input: { ...settings, mode: "solo" } }).start();
    let state = initialState(smallQuiz, { ...settings, mode: "solo" });
    for (const event of [
      go("start"),
      answer("p2"),
      go("next"),
      go("back"),
      go("next"),
      answer("true"),
      go("next"),
      answer("keep"),
      go("timeUp"),
      go("finish"),
    ]) {
      actor.send(event);
      state = step(smallQuiz, state, event);
      const snapshot = actor.getSnapshot();
      expect(fromSnapshot(smallQuiz, snapshot)).toEqual(state);
    }
    expect(state.st).toBe("finished");
  });
});
