import { describe, expect, it } from "vitest";
import { smallQuiz } from "./fixtures";
import { scenarioCountKey } from "./options";
import { canStep, step } from "./step";
import { answer, go, run, tally } from "./test-helpers";
import { MAX_PRESENT } from "./version";
import { view } from "./view";

const village = { mode: "village" as const, length: 3, seed: 11 };
const started = () => run(smallQuiz, village, [go("start")]);
// the draw is advert-salary (spot p1 rf01, p2, p3 rf03), visa-tourist (false), story-passport
const atTrueFalse = () => run(smallQuiz, village, [go("timeUp"), go("next")], started());
const atStory = () => run(smallQuiz, village, [go("timeUp"), go("next")], atTrueFalse());

describe("village flow", () => {
  it("takes a tally, lets it be corrected, then reveals the scored result", () => {
    const tallied = run(smallQuiz, village, [tally({ p1: 30, p2: 9 }, 40)], started());
    expect(view(smallQuiz, tallied)).toMatchObject({
      status: "tallied",
      tally: { counts: { p1: 30, p2: 9, p3: 0 }, present: 40 },
    });
    expect(view(smallQuiz, tallied).can).toMatchObject({ reveal: true, tally: true, answer: false, next: false });
    const corrected = run(smallQuiz, village, [tally({ p1: 30, p2: 5, p3: 20 }, 40), go("reveal")], tallied);
    const { feedback } = view(smallQuiz, corrected);
    // (found 30 + 20 - wrongly marked 5) / (2 red-flag parts x 40 people)
    expect(feedback).toMatchObject({ score: 45 / 80, outcome: "partly", answer: { selected: ["p1"], present: 40 } });
    expect(feedback?.flags).toEqual([
      { id: "rf01", spotted: 30, missed: 10 },
      { id: "rf03", spotted: 20, missed: 20 },
    ]);
  });

  it("refuses tallies that cannot be true, and solo answers", () => {
    const state = started();
    const bad = [
      tally({ p1: 5 }, 0),
      tally({ p1: 41 }, 40),
      tally({ p1: -1 }, 40),
      tally({ p1: 1.5 }, 40),
      tally({ p9: 1 }, 40),
      tally({ constructor: 1 }, 40),
      tally({ p1: 1 }, MAX_PRESENT + 1),
      tally({ p1: 1 }, 40, ["p9"]),
      { type: "quiz.tally", counts: [1, 2], present: 40 },
      answer("p1"),
      go("reveal"),
    ];
    for (const event of bad) expect(step(smallQuiz, state, event as never)).toBe(state);
    expect(canStep(smallQuiz, state, tally({}, 1))).toBe(true);
  });

  it("takes the room's choice from most hands (ties: first option) unless one is given", () => {
    expect(view(smallQuiz, run(smallQuiz, village, [tally({ true: 12, false: 12 }, 30)], atTrueFalse())).tally?.selected).toEqual([
      "true",
    ]);
    const given = run(smallQuiz, village, [tally({ true: 20, false: 10 }, 30, ["false"]), go("reveal")], atTrueFalse());
    expect(view(smallQuiz, given).feedback).toMatchObject({ answer: { selected: ["false"] }, score: 10 / 30, outcome: "partly" });
    const spotRoom = run(smallQuiz, village, [tally({ p1: 21, p2: 20, p3: 40 }, 40)], started());
    expect(view(smallQuiz, spotRoom).tally?.selected).toEqual(["p1", "p3"]);
  });

  it("goes back from a tally to re-count, and from feedback to earlier feedback", () => {
    const tallied = run(smallQuiz, village, [tally({ p1: 3 }, 10)], started());
    expect(run(smallQuiz, village, [go("back")], tallied)).toEqual(started());
    const second = atTrueFalse();
    expect(run(smallQuiz, village, [go("back")], second)).toMatchObject({ st: "feedback", i: 0 });
  });

  it("advances a story by the room's choice at each step, with hands kept per step", () => {
    const story = atStory();
    const s2 = run(smallQuiz, village, [tally({ keep: 25, "hand-over": 15 }, 40)], story);
    expect(view(smallQuiz, s2)).toMatchObject({ status: "question", scenarioStep: "s2", scenarioPath: ["keep"] });
    expect(run(smallQuiz, village, [go("back")], s2)).toEqual(story);
    const tallied = run(smallQuiz, village, [tally({ call: 30, wait: 10 }, 40)], s2);
    expect(view(smallQuiz, tallied)).toMatchObject({ status: "tallied", scenarioStep: "s2", scenarioPath: ["keep", "call"] });
    const wait = run(smallQuiz, village, [tally({ call: 30, wait: 10 }, 40, ["wait"])], tallied);
    expect(view(smallQuiz, wait)).toMatchObject({ status: "tallied", scenarioPath: ["keep", "wait"] });
    const { feedback } = view(smallQuiz, run(smallQuiz, village, [go("reveal")], wait));
    expect(feedback?.answer.counts).toEqual({
      [scenarioCountKey("s1", "keep")]: 25,
      [scenarioCountKey("s1", "hand-over")]: 15,
      [scenarioCountKey("s2", "call")]: 30,
      [scenarioCountKey("s2", "wait")]: 10,
    });
    // safe hands (25 at s1, 30 at s2) over 2 steps x 40 people; 15 walked into rf20 at s1
    expect(feedback).toMatchObject({
      ending: "bad",
      score: 55 / 80,
      outcome: "partly",
      flags: [{ id: "rf20", spotted: 25, missed: 15 }],
    });
  });

  it("corrects a story's final tally into one that leads on", () => {
    const s2 = run(smallQuiz, village, [tally({ "hand-over": 30 }, 40)], atStory());
    expect(s2.st).toBe("tallied");
    const corrected = run(smallQuiz, village, [tally({ keep: 30 }, 40)], s2);
    expect(view(smallQuiz, corrected)).toMatchObject({ status: "question", scenarioStep: "s2" });
  });

  it("treats time-up as reveal: with the tally so far, or an empty one", () => {
    const withTally = run(smallQuiz, village, [tally({ p1: 8, p3: 8 }, 8), go("timeUp")], started());
    expect(view(smallQuiz, withTally).feedback).toMatchObject({ score: 1, outcome: "right" });
    const empty = view(smallQuiz, run(smallQuiz, village, [go("next"), go("timeUp")], withTally)).feedback;
    expect(empty).toMatchObject({ outcome: "wrong", answer: { selected: [], counts: { true: 0, false: 0 }, present: 8 } });
    const midStory = run(smallQuiz, village, [tally({ keep: 5 }, 8), go("timeUp")], atStory());
    expect(view(smallQuiz, midStory).feedback).toMatchObject({ outcome: "wrong", answer: { selected: ["keep"] } });
  });

  it("reports the most people present as the head count, and flags as people", () => {
    const done = run(
      smallQuiz,
      village,
      [tally({ p1: 10 }, 12), go("reveal"), go("next"), tally({ false: 30 }, 31), go("reveal"), go("finish")],
      started()
    );
    const { result } = view(smallQuiz, done);
    expect(result).toMatchObject({ mode: "village", headCount: 31, max: 2 });
    for (const question of result?.questions ?? []) {
      for (const flag of question.flags) expect(flag.spotted + flag.missed).toBe(question.answer.present);
    }
  });
});
