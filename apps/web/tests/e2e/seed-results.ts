import { randomUUID } from "node:crypto";

/**
 * Submissions for seeding a test database, built one way for the unit tests (vitest) and the
 * browser tests (Playwright) alike; plain TypeScript with no test-runner import, so both can load it.
 */

type QuizRef = { id: string; version: number };

/** One solo result answering one question with one option, on a given day. */
export function soloResult(quiz: QuizRef, questionId: string, selected: string, at: { lang: "id" | "en"; province?: string; day: string }) {
  return {
    id: randomUUID(),
    quizId: quiz.id,
    quizVersion: quiz.version,
    lang: at.lang,
    mode: "solo",
    ...(at.province ? { province: at.province } : {}),
    headCount: 1,
    answers: [{ questionId, selected: [selected] }],
    day: at.day,
  };
}

/** One village session of `present` people under a facilitator code, `chose` of them picking `selected`. */
export function villageResult(quiz: QuizRef, questionId: string, selected: string, present: number, chose: number, facilitatorCode: string) {
  return {
    id: randomUUID(),
    quizId: quiz.id,
    quizVersion: quiz.version,
    lang: "id",
    mode: "village",
    headCount: present,
    answers: [{ questionId, selected: [selected], counts: { [selected]: chose }, present }],
    facilitatorCode,
  };
}
