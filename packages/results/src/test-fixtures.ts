import { randomUUID } from "node:crypto";
import type { Answer, QuizDefinition } from "@waspada/quiz-engine";
import { smallQuiz } from "@waspada/quiz-engine/testing";
import type { QuizCatalogue, Submission } from "./types";

/*
 * Test fixtures: a small quiz with one question of each kind, ids only. Used by this package's
 * tests and the bench, never by the app (which serves @waspada/content's bank).
 */
export const fixtureQuiz: QuizDefinition = {
  id: "fixture",
  version: 2,
  questions: [
    {
      id: "salary",
      kind: "single",
      stage: "recruitment",
      redFlags: ["rf01"],
      difficulty: 1,
      options: [
        { id: "a", correct: false },
        { id: "b", correct: true },
        { id: "c", correct: false },
      ],
    },
    // The engine's own small fixture: a true/false, a spot-the-red-flags advert and a two-step story.
    ...smallQuiz.questions,
  ],
};

export const fixtureCatalogue: QuizCatalogue = { quizzes: [fixtureQuiz], languages: ["id", "en"] };

/** A valid solo submission: every question answered right unless `answers` says otherwise. */
export function solo(overrides: Partial<Submission> = {}): Submission {
  return {
    id: randomUUID(),
    quizId: fixtureQuiz.id,
    quizVersion: fixtureQuiz.version,
    lang: "id",
    mode: "solo",
    headCount: 1,
    answers: [
      { questionId: "salary", selected: ["b"] },
      { questionId: "visa-tourist", selected: ["false"] },
      { questionId: "advert-salary", selected: ["p1", "p3"] },
      { questionId: "story-passport", selected: ["keep", "call"] },
    ],
    ...overrides,
  };
}

/** The facilitator code test stores know (test-support/stores.ts registers it on every store it opens). */
export const FIXTURE_FACILITATOR_CODE = "TEST-CODE-0000-0001";

/** A valid village session of `present` people answering the single-choice question by hands. */
export function group(present: number, counts: Record<string, number>, overrides: Partial<Submission> = {}): Submission {
  const answer: Answer = { questionId: "salary", selected: ["b"], counts, present };
  return { ...solo(), mode: "village", headCount: present, answers: [answer], facilitatorCode: FIXTURE_FACILITATOR_CODE, ...overrides };
}
