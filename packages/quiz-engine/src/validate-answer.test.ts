import { describe, expect, it } from "vitest";
import type { Question } from "./definition";
import { smallQuiz } from "./fixtures";
import { scenarioCountKey } from "./options";
import { answerProblems } from "./validate-answer";

const [tf, spot, story] = smallQuiz.questions as [Question, Question, Question];

describe("answerProblems", () => {
  it("accepts answers the engine could have recorded", () => {
    expect(answerProblems(tf, { questionId: tf.id, selected: ["false"] }, "solo")).toEqual([]);
    expect(answerProblems(tf, { questionId: tf.id, selected: [] }, "solo")).toEqual([]);
    expect(answerProblems(spot, { questionId: spot.id, selected: ["p1", "p3"] }, "solo")).toEqual([]);
    expect(answerProblems(story, { questionId: story.id, selected: ["keep", "call"] }, "solo")).toEqual([]);
    const counts = { [scenarioCountKey("s1", "keep")]: 3, [scenarioCountKey("s2", "wait")]: 2 };
    expect(answerProblems(story, { questionId: story.id, selected: ["keep", "wait"], counts, present: 3 }, "village")).toEqual([]);
  });

  it("names what does not fit", () => {
    const solo = (question: Question, selected: unknown) =>
      answerProblems(question, { questionId: question.id, selected } as never, "solo");
    expect(answerProblems(tf, { questionId: "other", selected: [] }, "solo")).toEqual([
      'answer to "visa-tourist" names question "other"',
    ]);
    expect(solo(tf, "true")).toEqual(['answer to "visa-tourist": selected must be ids']);
    expect(solo(tf, ["true", "false"]).join()).toMatch(/one option at most/);
    expect(solo(spot, ["p1", "p1"]).join()).toMatch(/selected twice/);
    expect(solo(spot, ["p4"]).join()).toMatch(/unknown id/);
    expect(solo(story, ["call"]).join()).toMatch(/do not follow the story/);
    expect(answerProblems(tf, { questionId: tf.id, selected: [], present: 3 }, "solo").join()).toMatch(/for village mode/);
    const group = (counts: Record<string, number>, present: number) =>
      answerProblems(spot, { questionId: spot.id, selected: [], counts, present }, "village").join();
    expect(group({ p1: 4 }, 3)).toMatch(/bad count for "p1"/);
    expect(group({ p7: 1 }, 3)).toMatch(/unknown count key "p7"/);
    expect(group({}, 0)).toMatch(/present must be/);
  });
});
