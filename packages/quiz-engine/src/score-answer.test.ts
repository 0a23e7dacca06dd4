import { describe, expect, it } from "vitest";
import type { Question, ScenarioQuestion, SingleChoiceQuestion, SpotQuestion } from "./definition";
import { fixtureQuiz, smallQuiz } from "./fixtures";
import { scenarioCountKey } from "./options";
import { scoreAnswer, summarise } from "./score-answer";

const byId = (id: string) => [...fixtureQuiz.questions, ...smallQuiz.questions].find((q) => q.id === id) as Question;
const single = byId("salary-too-high") as SingleChoiceQuestion; // correct "b", teaches rf01
const spot = byId("advert-facebook") as SpotQuestion; // p1 rf01, p3 rf02, p5 rf01; p2 p4 p6 clean
const story = byId("story-cousin") as ScenarioQuestion; // teaches rf04 (on "accept") and rf30 (on "pay")
const solo = (question: Question, ...selected: string[]) => scoreAnswer(question, { questionId: question.id, selected }, "solo");

describe("scoreAnswer: single choice and true/false", () => {
  it("is right only for the one correct option", () => {
    expect(solo(single, "b")).toMatchObject({ outcome: "right", score: 1, flags: [{ id: "rf01", spotted: 1, missed: 0 }] });
    expect(solo(single, "a")).toMatchObject({ outcome: "wrong", score: 0, flags: [{ id: "rf01", spotted: 0, missed: 1 }] });
    expect(solo(single, "a", "b").outcome).toBe("wrong");
    expect(solo(single).outcome).toBe("wrong");
    expect(solo(byId("no-contract"), "true").outcome).toBe("right");
    expect(solo(byId("fast-departure"), "true").outcome).toBe("wrong");
  });

  it("gives a group the share of the room that was right", () => {
    const result = scoreAnswer(single, { questionId: single.id, selected: ["b"], counts: { a: 5, b: 15 }, present: 20 }, "village");
    expect(result).toMatchObject({ outcome: "partly", score: 0.75, flags: [{ id: "rf01", spotted: 15, missed: 5 }] });
    const everyone = scoreAnswer(single, { questionId: single.id, selected: ["b"], counts: { b: 20 }, present: 20 }, "village");
    expect(everyone.outcome).toBe("right");
  });
});

describe("scoreAnswer: spot the red flags", () => {
  it("credits found parts and deducts wrongly marked ones, never below zero", () => {
    expect(solo(spot, "p1", "p3", "p5")).toMatchObject({ outcome: "right", score: 1 });
    expect(solo(spot, "p1", "p3")).toMatchObject({ outcome: "partly", score: 2 / 3 });
    expect(solo(spot, "p1", "p3", "p5", "p2")).toMatchObject({ outcome: "partly", score: 2 / 3 });
    expect(solo(spot, "p1", "p2")).toMatchObject({ outcome: "wrong", score: 0 });
    expect(solo(spot, "p1", "p2", "p4", "p6")).toMatchObject({ outcome: "wrong", score: 0 });
    expect(solo(spot, "p1", "p2", "p3", "p4", "p5", "p6").score).toBe(0);
  });

  it("counts a flag as spotted only when every part showing it is marked", () => {
    expect(solo(spot, "p1", "p3").flags).toEqual([
      { id: "rf01", spotted: 0, missed: 1 },
      { id: "rf02", spotted: 1, missed: 0 },
    ]);
  });

  it("uses hands per part in a group", () => {
    const counts = { p1: 10, p3: 6, p5: 8, p2: 3 };
    const result = scoreAnswer(spot, { questionId: spot.id, selected: [], counts, present: 10 }, "village");
    expect(result.score).toBeCloseTo((10 + 6 + 8 - 3) / 30);
    expect(result.flags).toEqual([
      { id: "rf01", spotted: 8, missed: 2 },
      { id: "rf02", spotted: 6, missed: 4 },
    ]);
  });
});

describe("scoreAnswer: scenario", () => {
  it("is right for a good ending on safe choices, partly after an unsafe one, wrong for a bad ending", () => {
    expect(solo(story, "check", "register")).toMatchObject({ outcome: "right", score: 1, ending: "good" });
    expect(solo(story, "check", "skip", "leave")).toMatchObject({ outcome: "partly", score: 0.5, ending: "good" });
    expect(solo(story, "accept", "pay")).toMatchObject({ outcome: "wrong", score: 0, ending: "bad" });
  });

  it("misses the flags walked into and counts the flags avoided as spotted", () => {
    expect(solo(story, "accept", "leave").flags).toEqual([
      { id: "rf04", spotted: 0, missed: 1 },
      { id: "rf30", spotted: 1, missed: 0 },
    ]);
    expect(solo(story, "check", "skip", "pay").flags).toEqual([
      { id: "rf04", spotted: 1, missed: 0 },
      { id: "rf30", spotted: 0, missed: 1 },
    ]);
  });

  it("scores an unfinished or broken path as wrong with every flag missed", () => {
    for (const path of [[], ["check"], ["check", "nope"], ["refuse", "extra"]]) {
      const result = solo(story, ...path);
      expect(result).toMatchObject({ outcome: "wrong", score: 0 });
      expect(result.ending).toBeUndefined();
      expect(result.flags.every((flag) => flag.missed === 1)).toBe(true);
    }
  });

  it("gives a group the share of safe hands over the steps it walked", () => {
    const counts = {
      [scenarioCountKey("offer", "check")]: 6,
      [scenarioCountKey("offer", "accept")]: 4,
      [scenarioCountKey("agency", "register")]: 10,
    };
    const result = scoreAnswer(story, { questionId: story.id, selected: ["check", "register"], counts, present: 10 }, "village");
    expect(result).toMatchObject({ score: 16 / 20, outcome: "partly", ending: "good" });
    expect(result.flags).toEqual([
      { id: "rf04", spotted: 6, missed: 4 },
      { id: "rf30", spotted: 10, missed: 0 },
    ]);
  });
});

describe("summarise", () => {
  it("adds scores overall and per stage, with every stage present", () => {
    const results = [solo(single, "b"), solo(spot, "p1", "p3"), solo(byId("tourist-visa"), "b")];
    const summary = summarise(fixtureQuiz, "solo", 1, results);
    expect(summary).toMatchObject({ quizId: "fixture", quizVersion: 3, headCount: 1, max: 3 });
    expect(summary.score).toBeCloseTo(5 / 3);
    expect(summary.byStage.recruitment.score).toBeCloseTo(5 / 3);
    expect(summary.byStage).toMatchObject({
      recruitment: { max: 2 },
      departure: { score: 0, max: 1 },
      destination: { max: 0 },
      return: { max: 0 },
    });
  });
});
