import { describe, expect, it } from "vitest";
import { pickChannels, type ResultHelpData } from "./result-help";
import { resultHelpData } from "./result-help.server";

const data: Pick<ResultHelpData, "stageOf" | "forStage" | "fallback"> = {
  stageOf: { rf01: "recruitment", rf22: "destination", rf23: "destination", rf40: "return" },
  forStage: { recruitment: ["a", "b", "c"], departure: ["b", "a"], destination: ["x", "y", "z"], return: ["r", "a"] },
  fallback: ["a", "x"],
};

describe("pickChannels", () => {
  it("puts the stage with the most missed flags first, then the others, at most three", () => {
    expect(pickChannels(["rf22", "rf23", "rf01"], data)).toEqual(["x", "a", "y"]);
    expect(pickChannels(["rf40"], data)).toEqual(["r", "a"]);
  });

  it("falls back to two general channels when nothing was missed", () => {
    expect(pickChannels([], data)).toEqual(["a", "x"]);
    expect(pickChannels(["unknown"], data)).toEqual(["a", "x"]);
  });

  it("only names channels the page has words and links for, in both languages", () => {
    for (const lang of ["id", "en"]) {
      const real = resultHelpData(lang);
      for (const missed of [[], ["rf01"], ["rf22", "rf23"], ["rf42"], ["rf01", "rf22", "rf40"]]) {
        const ids = pickChannels(missed, real);
        expect(ids.length).toBeGreaterThanOrEqual(2);
        expect(ids.length).toBeLessThanOrEqual(3);
        for (const id of ids) expect(real.channels[id]?.name, id).toBeTruthy();
      }
    }
  });
});
