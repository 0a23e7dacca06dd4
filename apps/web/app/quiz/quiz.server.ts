import { randomInt, randomUUID } from "node:crypto";
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
import { SubmissionConflictError } from "@waspada/results";
import { catalogue, soloQuiz as coreQuiz } from "../api/catalogue.server";
import { resultsStore } from "../utils/db.server";
import { settings } from "../../settings.mjs";
import { sign, verify } from "../utils/signed-state.server";
import { soloSubmission } from "./submission";

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
  return sign(`${quiz.submissionId}${encodeState(quiz.state)}`, settings().SESSION_SECRET);
}

/** Reads the hidden field back; a changed or foreign value is a TamperedQuizError. */
export function openQuiz(sealed: string): SoloQuiz {
  const payload = sealed.length < 8_192 ? verify(sealed, settings().SESSION_SECRET) : null;
  if (!payload) throw new TamperedQuizError("The quiz state was changed or is not ours.");
  const submissionId = payload.slice(0, UUID_LENGTH);
  try {
    return { submissionId, state: decodeState(coreQuiz, payload.slice(UUID_LENGTH)) };
  } catch (error) {
    if (error instanceof QuizStateError) throw new TamperedQuizError(error.message);
    throw error;
  }
}

export function drawnQuestionIds(quiz: SoloQuiz): string[] {
  return quiz.state.d.flatMap((index) => coreQuiz.questions[index]?.id ?? []);
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
  if (quiz.state.st === "finished") return next;
  const submission = soloSubmission(coreQuiz, quiz.submissionId, lang, view(coreQuiz, next.state));
  if (submission) {
    try {
      await (await resultsStore()).submit(submission, catalogue);
    } catch (error) {
      // The browser already sent this quiz (e.g. finished in another language): the first copy stays, once.
      if (!(error instanceof SubmissionConflictError)) throw error;
    }
  }
  return next;
}

/**
 * Replays the steps a browser took on its own (with JavaScript) since the signed state it was
 * given. Each must be one the quiz can take there, or the whole state counts as tampered.
 */
export async function replayQuiz(quiz: SoloQuiz, events: readonly QuizEvent[], lang: string): Promise<SoloQuiz> {
  let current = quiz;
  for (const event of events) {
    const next = await advanceQuiz(current, event, lang);
    // The engine answers a step it refuses with the very same state.
    if (next.state === current.state) throw new TamperedQuizError(`The quiz cannot take ${event.type} here.`);
    current = next;
  }
  return current;
}
