import { describe, expect, it } from "vitest";
import { smallQuiz } from "./fixtures";
import type { QuizEvent } from "./events";
import { canStep, initialState, step } from "./step";
import { EVERY_EVENT, answer, go, run } from "./test-helpers";
import { view } from "./view";

const solo = { mode: "solo" as const, length: 3, seed: 7 };
// smallQuiz draws all three, told as a journey: advert-salary (spot), visa-tourist (trueFalse), story-passport
const started = () => run(smallQuiz, solo, [go("start")]);

/** Only the listed event types are accepted; every other event returns the same object. */
function expectOnly(state: ReturnType<typeof started>, accepted: string[], fitting: QuizEvent[] = [answer("p1")]) {
  for (const event of EVERY_EVENT.map((e) => fitting.find((f) => f.type === e.type) ?? e)) {
    const ok = canStep(smallQuiz, state, event);
    expect({ type: event.type, ok }).toEqual({ type: event.type, ok: accepted.includes(event.type) });
    if (!ok) expect(step(smallQuiz, state, event)).toBe(state);
  }
}

describe("solo flow", () => {
  it("starts at the intro, where only start is accepted", () => {
    const state = initialState(smallQuiz, solo);
    expect(view(smallQuiz, state)).toMatchObject({ status: "intro", index: 0, total: 3, answered: 0 });
    expectOnly(state, ["quiz.start"]);
  });

  it("asks the first question of the draw with its parts in advert order", () => {
    const shown = view(smallQuiz, started());
    expect(shown).toMatchObject({ status: "question", index: 0, optionOrder: ["p1", "p2", "p3"] });
    expect(shown.question?.id).toBe("advert-salary");
    expect(shown.can).toMatchObject({ answer: true, tally: false, back: false, reveal: false, restart: true });
  });

  it("refuses answers that do not fit the question, and tallies", () => {
    const state = started();
    for (const bad of [
      answer("p9"),
      answer("p1", "p1"),
      { type: "quiz.answer", selected: "p1" },
      { type: "quiz.tally", counts: { p1: 1 }, present: 1 },
    ]) {
      expect(step(smallQuiz, state, bad as never)).toBe(state);
    }
    expectOnly(state, ["quiz.answer", "quiz.restart", "quiz.timeUp"], [answer("p2")]);
  });

  it("scores an answer and shows it as feedback, where answers are final", () => {
    const state = run(smallQuiz, solo, [answer("p3", "p1")], started());
    const shown = view(smallQuiz, state);
    expect(shown.status).toBe("feedback");
    expect(shown.feedback).toMatchObject({ outcome: "right", score: 1, answer: { selected: ["p1", "p3"] } });
    expectOnly(state, ["quiz.next", "quiz.finish", "quiz.restart"]);
  });

  it("lets a player look back at earlier feedback without changing it", () => {
    const second = run(smallQuiz, solo, [answer("p1"), go("next")], started());
    const review = run(smallQuiz, solo, [go("back")], second);
    expect(view(smallQuiz, review)).toMatchObject({ status: "feedback", index: 0, answered: 1, feedback: { outcome: "partly" } });
    expect(step(smallQuiz, review, go("back"))).toBe(review);
    expect(run(smallQuiz, solo, [go("next")], review)).toEqual(second);
    const answered = run(smallQuiz, solo, [answer("false"), go("back")], second);
    expect(run(smallQuiz, solo, [go("next")], answered)).toMatchObject({ st: "feedback", i: 1 });
  });

  it("walks a story one choice at a time and cannot undo a choice", () => {
    const atStory = run(smallQuiz, solo, [answer("p1"), go("next"), answer("true"), go("next")], started());
    expect(view(smallQuiz, atStory)).toMatchObject({ scenarioStep: "s1", optionOrder: ["keep", "hand-over"], scenarioPath: [] });
    const midway = run(smallQuiz, solo, [answer("keep")], atStory);
    expect(view(smallQuiz, midway)).toMatchObject({ status: "question", scenarioStep: "s2", scenarioPath: ["keep"] });
    expect(step(smallQuiz, midway, go("back"))).toBe(midway);
    expect(step(smallQuiz, midway, answer("keep"))).toBe(midway);
    const ended = run(smallQuiz, solo, [answer("call")], midway);
    expect(view(smallQuiz, ended)).toMatchObject({ status: "feedback", scenarioStep: "s2", scenarioPath: ["keep", "call"] });
    expect(view(smallQuiz, ended).feedback).toMatchObject({ outcome: "right", ending: "good" });
  });

  it("finishes after the last question with a result of every answer", () => {
    const done = run(
      smallQuiz,
      solo,
      [answer("p1", "p3"), go("next"), answer("true"), go("next"), answer("hand-over"), go("next")],
      started()
    );
    const shown = view(smallQuiz, done);
    expect(shown.status).toBe("finished");
    expect(shown.result).toMatchObject({ mode: "solo", headCount: 1, score: 1, max: 3 });
    expect(shown.result?.questions.map((q) => q.outcome)).toEqual(["right", "wrong", "wrong"]);
    expect(shown.result?.byStage).toEqual({
      recruitment: { score: 1, max: 1 },
      departure: { score: 0, max: 1 },
      destination: { score: 0, max: 1 },
      return: { score: 0, max: 0 },
    });
    expectOnly(done, ["quiz.restart"], [answer("keep")]);
  });

  it("finishes early from feedback, leaving unanswered questions out", () => {
    const done = run(smallQuiz, solo, [answer("p2"), go("finish")], started());
    expect(view(smallQuiz, done).result).toMatchObject({ score: 0, max: 1, questions: [{ questionId: "advert-salary" }] });
  });

  it("scores a question as wrong with everything missed when time is up", () => {
    const timedOut = run(smallQuiz, solo, [go("timeUp")], started());
    expect(view(smallQuiz, timedOut).feedback).toMatchObject({
      outcome: "wrong",
      answer: { selected: [] },
      flags: [
        { id: "rf01", spotted: 0, missed: 1 },
        { id: "rf03", spotted: 0, missed: 1 },
      ],
    });
    const atStory = run(smallQuiz, solo, [go("next"), answer("true"), go("next"), answer("keep"), go("timeUp")], timedOut);
    expect(view(smallQuiz, atStory)).toMatchObject({
      scenarioStep: "s2",
      feedback: { outcome: "wrong", answer: { selected: ["keep"] } },
    });
    expect(view(smallQuiz, atStory).feedback?.ending).toBeUndefined();
  });

  it("restarts from anywhere after the start with the same settings and draw", () => {
    const fresh = initialState(smallQuiz, solo);
    for (const from of [
      started(),
      run(smallQuiz, solo, [answer("p1")], started()),
      run(smallQuiz, solo, [answer("p1"), go("finish")], started()),
    ]) {
      expect(run(smallQuiz, solo, [go("restart")], from)).toEqual(fresh);
    }
  });
});
