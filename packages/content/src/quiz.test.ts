import { drawQuestions, validateDefinition } from "@waspada/quiz-engine";
import { describe, expect, it } from "vitest";
import { questionBank } from "./questions";
import { coreQuiz } from "./quiz";

const byId = new Map(questionBank.map((question) => [question.id, question]));

describe("the core quiz's draw", () => {
  it("is a valid definition whose groups are the adverts and the stories", () => {
    expect(validateDefinition(coreQuiz)).toEqual([]);
    const [adverts = [], stories = []] = coreQuiz.mustInclude ?? [];
    expect(adverts.length).toBeGreaterThan(0);
    for (const id of adverts) expect(byId.get(id)).toMatchObject({ kind: "spot", look: "advert" });
    for (const id of stories) expect(byId.get(id)?.kind).toBe("scenario");
  });

  it("holds at least one advert to mark and one branching story, over 100 seeds and every length people play", () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const length of [5, 10, 15, 20]) {
        const drawn = drawQuestions(coreQuiz, { mode: "solo", length, seed: seed * 7919 + length }).map((id) => byId.get(id));
        expect(drawn.some((q) => q?.kind === "spot" && q.look === "advert"), `seed ${seed}, length ${length}`).toBe(true);
        expect(drawn.some((q) => q?.kind === "scenario"), `seed ${seed}, length ${length}`).toBe(true);
      }
    }
  });
});
