import { randomUUID } from "node:crypto";
import type { Answer, QuizDefinition } from "@waspada/quiz-engine";
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
    { id: "visa", kind: "trueFalse", stage: "departure", redFlags: ["rf12"], difficulty: 1, answer: false },
    {
      id: "advert",
      kind: "spot",
      stage: "recruitment",
      redFlags: ["rf01", "rf03"],
      difficulty: 2,
      parts: [{ id: "p1", redFlag: "rf01" }, { id: "p2" }, { id: "p3", redFlag: "rf03" }],
    },
    {
      id: "passport",
      kind: "scenario",
      stage: "destination",
      redFlags: ["rf20"],
      difficulty: 2,
      start: "s1",
      steps: [
        {
          id: "s1",
          choices: [
            { id: "keep", next: "s2", safe: true },
            { id: "hand-over", ending: "bad", redFlags: ["rf20"], safe: false },
          ],
        },
        {
          id: "s2",
          choices: [
            { id: "call", ending: "good", safe: true },
            { id: "wait", ending: "bad", safe: false },
          ],
        },
      ],
    },
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
      { questionId: "visa", selected: ["false"] },
      { questionId: "advert", selected: ["p1", "p3"] },
      { questionId: "passport", selected: ["keep", "call"] },
    ],
    ...overrides,
  };
}

/** A valid village session of `present` people answering the single-choice question by hands. */
export function group(present: number, counts: Record<string, number>, overrides: Partial<Submission> = {}): Submission {
  const answer: Answer = { questionId: "salary", selected: ["b"], counts, present };
  return { ...solo(), mode: "group", headCount: present, answers: [answer], ...overrides };
}
