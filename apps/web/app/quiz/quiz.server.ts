import { randomInt, randomUUID } from "node:crypto";
import { LANGUAGES, coreQuiz } from "@waspada/content";
import {
  QuizStateError,
  decodeState,
  encodeState,
  initialState,
  step,
  view,
  type QuizEvent,
  type QuizState,
  type QuizView,
} from "@waspada/quiz-engine";
import { resultsStore } from "../utils/db.server";
import { env } from "../utils/env.server";
import { sign, verify } from "../utils/signed-state.server";

/** How many questions a solo quiz draws. */
export const SOLO_QUIZ_LENGTH = 10;

const UUID_LENGTH = 36;

/** A quiz in progress as the no-JavaScript flow carries it: a submission id and the engine state. */
export interface SoloQuiz {
  submissionId: string;
  state: QuizState;
}

export class TamperedQuizError extends Error {}

export function startSoloQuiz(): SoloQuiz {
  const settings = { mode: "solo" as const, length: SOLO_QUIZ_LENGTH, seed: randomInt(0, 2 ** 32) };
  const state = step(coreQuiz, initialState(coreQuiz, settings), { type: "quiz.start" });
  return { submissionId: randomUUID(), state };
}

/** The value of the signed hidden form field that carries the quiz between requests. */
export function sealQuiz(quiz: SoloQuiz): string {
  return sign(`${quiz.submissionId}${encodeState(quiz.state)}`, env().SESSION_SECRET);
}

/** Reads the hidden field back; a changed or foreign value is a TamperedQuizError. */
export function openQuiz(sealed: string): SoloQuiz {
  const payload = sealed.length < 8_192 ? verify(sealed, env().SESSION_SECRET) : null;
  if (!payload) throw new TamperedQuizError("The quiz state was changed or is not ours.");
  const submissionId = payload.slice(0, UUID_LENGTH);
  try {
    return { submissionId, state: decodeState(coreQuiz, payload.slice(UUID_LENGTH)) };
  } catch (error) {
    if (error instanceof QuizStateError) throw new TamperedQuizError(error.message);
    throw error;
  }
}

export function quizView(quiz: SoloQuiz): QuizView {
  return view(coreQuiz, quiz.state);
}

/**
 * Advances the quiz by one event. When this event finishes the quiz, the result is stored
 * before we answer, under the quiz's own id, so a repeated request is stored once.
 */
export async function advanceQuiz(quiz: SoloQuiz, event: QuizEvent | null, lang: string): Promise<SoloQuiz> {
  if (!event) return quiz;
  const next = { ...quiz, state: step(coreQuiz, quiz.state, event) };
  const after = view(coreQuiz, next.state);
  if (after.status === "finished" && after.result && view(coreQuiz, quiz.state).status !== "finished") {
    const store = await resultsStore();
    await store.submit(
      {
        id: quiz.submissionId,
        quizId: coreQuiz.id,
        quizVersion: coreQuiz.version,
        lang,
        mode: "solo",
        headCount: 1,
        answers: after.result.questions.map(({ answer }) => ({ questionId: answer.questionId, selected: answer.selected })),
      },
      quizCatalogue(),
    );
  }
  return next;
}

export function quizCatalogue() {
  return { quizzes: [coreQuiz], languages: LANGUAGES };
}
