import { describe, expect, it } from "vitest";
import { STAGES, type QuizDefinition } from "./definition";
import { drawQuestions, optionOrder } from "./draw";
import { fixtureQuiz } from "./fixtures";

const stageOf = (id: string) => fixtureQuiz.questions.find((q) => q.id === id)?.stage;
const draw = (length: number, seed: number) => drawQuestions(fixtureQuiz, { mode: "solo", length, seed });

describe("drawQuestions", () => {
  it("is the same for the same seed and differs across seeds", () => {
    expect(draw(8, 42)).toEqual(draw(8, 42));
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => draw(8, seed).join()));
    expect(draws.size).toBeGreaterThan(10);
  });

  it("clamps the length to the bank", () => {
    expect(draw(0, 1)).toHaveLength(1);
    expect(draw(-3, 1)).toHaveLength(1);
    expect(draw(99, 1)).toHaveLength(fixtureQuiz.questions.length);
    expect(new Set(draw(99, 1)).size).toBe(fixtureQuiz.questions.length);
  });

  it("balances stages and tells them as a journey", () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const length of [3, 4, 8, 10]) {
        const stages = draw(length, seed).map(stageOf);
        const counts = STAGES.map((stage) => stages.filter((s) => s === stage).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        const order = stages.map((stage) => STAGES.indexOf(stage as never));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it("fills from the stages that still have questions when one runs out", () => {
    const lopsided: QuizDefinition = {
      ...fixtureQuiz,
      questions: fixtureQuiz.questions.filter((q) => q.stage !== "return" || q.id === "who-to-call"),
    };
    const drawn = drawQuestions(lopsided, { mode: "solo", length: 10, seed: 5 });
    expect(drawn.filter((id) => stageOf(id) === "return")).toEqual(["who-to-call"]);
    expect(drawn).toHaveLength(10);
  });
});

describe("optionOrder", () => {
  const [single, spot, tf] = fixtureQuiz.questions as [never, never, never];
  it("shuffles single-choice options by seed, the same way every time", () => {
    expect(optionOrder(single, 9)).toEqual(optionOrder(single, 9));
    expect([...optionOrder(single, 9)].sort()).toEqual(["a", "b", "c", "d"]);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => optionOrder(single, seed).join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it("keeps true/false fixed, spot parts and opted-out options in their order", () => {
    const fixed = fixtureQuiz.questions.find((q) => q.id === "transit-border") as never;
    for (let seed = 0; seed < 10; seed++) {
      expect(optionOrder(tf, seed)).toEqual(["true", "false"]);
      expect(optionOrder(spot, seed)).toEqual(["p1", "p2", "p3", "p4", "p5", "p6"]);
      expect(optionOrder(fixed, seed)).toEqual(["a", "b", "c", "d"]);
    }
  });
});

describe("drawQuestions with mustInclude", () => {
  // Only one advert (recruitment) and one story (destination): the hardest case for the draw.
  const adverts = ["advert-facebook"];
  const stories = ["story-compound", "story-return"];
  const withGroups: QuizDefinition = { ...fixtureQuiz, mustInclude: [adverts, stories] };
  const drawWith = (length: number, seed: number) => drawQuestions(withGroups, { mode: "solo", length, seed });

  it("holds one question of every group in every draw over 100 seeds, stages still balanced and in journey order", () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const length of [2, 3, 4, 5, 8, 10]) {
        const drawn = drawWith(length, seed);
        expect(drawn, `seed ${seed}, length ${length}`).toHaveLength(length);
        expect(new Set(drawn).size).toBe(length);
        expect(drawn.some((id) => adverts.includes(id)), `advert, seed ${seed}, length ${length}`).toBe(true);
        expect(drawn.some((id) => stories.includes(id)), `story, seed ${seed}, length ${length}`).toBe(true);
        const stages = drawn.map(stageOf);
        const counts = STAGES.map((stage) => stages.filter((s) => s === stage).length);
        if (length >= 4) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        const order = stages.map((stage) => STAGES.indexOf(stage as never));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it("is still the same for the same seed, and leaves draws that already have both alone", () => {
    expect(drawWith(8, 7)).toEqual(drawWith(8, 7));
    for (let seed = 0; seed < 100; seed++) {
      const plain = draw(10, seed);
      if (plain.some((id) => adverts.includes(id)) && plain.some((id) => stories.includes(id))) expect(drawWith(10, seed)).toEqual(plain);
    }
  });

  it("without groups the draw is unchanged, and a group naming an unknown question is refused by validation", async () => {
    const { validateDefinition } = await import("./validate-definition");
    expect(drawQuestions({ ...fixtureQuiz, mustInclude: [] }, { mode: "solo", length: 8, seed: 3 })).toEqual(draw(8, 3));
    expect(validateDefinition({ ...fixtureQuiz, mustInclude: [["nope"]] })).toContain('mustInclude group 1 names an unknown question "nope"');
    expect(validateDefinition(withGroups)).toEqual([]);
  });
});
