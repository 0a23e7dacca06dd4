import { describe, expect, it } from "vitest";
import type { Question } from "./definition";
import { smallQuiz } from "./fixtures";
import { questionFlags } from "./options";

describe("questionFlags", () => {
  it("lists the flags a question teaches, then those its parts or choices show, once each", () => {
    const [trueFalse, spot, story] = smallQuiz.questions as [Question, Question, Question];
    expect(questionFlags(trueFalse)).toEqual(["rf12"]);
    expect(questionFlags(spot)).toEqual(["rf01", "rf03"]);
    expect(questionFlags(story)).toEqual(["rf20"]);
  });

  it("includes a flag only a part or a choice shows", () => {
    const spot: Question = { id: "s", kind: "spot", stage: "recruitment", difficulty: 1, redFlags: ["rf01"], parts: [{ id: "p1", redFlag: "rf02" }, { id: "p2" }] };
    expect(questionFlags(spot)).toEqual(["rf01", "rf02"]);
    const story: Question = {
      id: "t",
      kind: "scenario",
      stage: "recruitment",
      difficulty: 1,
      redFlags: [],
      start: "a",
      steps: [{ id: "a", choices: [{ id: "go", ending: "bad", safe: false, redFlags: ["rf09"] }, { id: "stop", ending: "good", safe: true }] }],
    };
    expect(questionFlags(story)).toEqual(["rf09"]);
  });
});
