import type { QuizResult } from "@waspada/quiz-engine";
import { describe, expect, it } from "vitest";
import { fitLevel } from "./question-screen";
import { roomFlags } from "./summary-screen";

const result = (flags: { id: string; spotted: number; missed: number }[][]): QuizResult =>
  ({ questions: flags.map((f) => ({ flags: f })) }) as unknown as QuizResult;

describe("what the room spotted together", () => {
  it("counts a red flag as spotted when more hands spotted it than missed it, over every question that teaches it", () => {
    const { spotted, missed } = roomFlags(
      result([
        [
          { id: "rf01", spotted: 20, missed: 10 },
          { id: "rf03", spotted: 5, missed: 25 },
        ],
        [{ id: "rf03", spotted: 28, missed: 2 }],
        [{ id: "rf22", spotted: 0, missed: 0 }],
      ]),
    );
    expect(spotted.sort()).toEqual(["rf01", "rf03"]);
    expect(missed).toEqual(["rf22"]);
  });
});

describe("type that fits the projector", () => {
  it("shrinks by steps as a screen holds more characters, and never grows", () => {
    const levels = [100, 420, 421, 700, 1000, 5000].map(fitLevel);
    expect(levels).toEqual([0, 0, 1, 2, 4, 5]);
    for (let n = 0; n < 3000; n += 37) expect(fitLevel(n + 37)).toBeGreaterThanOrEqual(fitLevel(n));
  });
});
