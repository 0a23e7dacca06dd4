import { randomInt, randomUUID } from "node:crypto";
import { drawQuestions } from "@waspada/quiz-engine";
import { settings } from "../../settings.mjs";
import { soloQuiz } from "../api/catalogue.server";
import { sign, verify } from "../utils/signed-state.server";

/**
 * The draw: a solo result counts only for a quiz the server dealt. A draw is a signed token,
 * `<id>.<quiz id>.<version>.<seed>.<day>.<HMAC>`: the seed fixes which questions were drawn, the id
 * becomes the result's id (so a replayed draw is the same result, stored once), and the UTC day
 * bounds how long it may be answered. It holds nothing about the person, and none of it is stored
 * beyond the id every result already has.
 */
export interface Draw {
  id: string;
  quizId: string;
  quizVersion: number;
  seed: number;
  /** UTC day it was dealt, YYYY-MM-DD. */
  day: string;
  token: string;
}

/** How many questions a solo quiz draws. */
export const SOLO_QUIZ_LENGTH = 10;
/** A draw may be answered on the day it was dealt and the next (a quiz begun before midnight). */
const DAY_MS = 86_400_000;
const MAX_TOKEN_LENGTH = 200;
const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\.([a-z0-9-]{1,64})\.(\d{1,6})\.(\d{1,10})\.(\d{4}-\d{2}-\d{2})$/;

// Its own key, derived from the session secret, so a signed quiz state can never pass as a draw.
const key = () => `draw:${settings().SESSION_SECRET}`;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Deals a new solo quiz. */
export function newDraw(now = Date.now()): Draw {
  const fields = { id: randomUUID(), quizId: soloQuiz.id, quizVersion: soloQuiz.version, seed: randomInt(0, 2 ** 32), day: utcDay(now) };
  const token = sign([fields.id, fields.quizId, fields.quizVersion, fields.seed, fields.day].join("."), key());
  return { ...fields, token };
}

/** The draw a token names, or null when it is forged, altered, malformed, for a quiz we do not serve, or expired. */
export function readDraw(token: unknown, now = Date.now()): Draw | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const payload = verify(token, key());
  const m = payload === null ? null : TOKEN.exec(payload);
  if (!m) return null;
  const [, id = "", quizId = "", version = "", seed = "", day = ""] = m;
  const draw = { id, quizId, quizVersion: Number(version), seed: Number(seed), day, token };
  if (draw.quizId !== soloQuiz.id || draw.quizVersion !== soloQuiz.version || draw.seed >= 2 ** 32) return null;
  if (day !== utcDay(now) && day !== utcDay(now - DAY_MS)) return null;
  return draw;
}

/** The ids of the questions a draw dealt, in the order they are asked. */
export function drawnQuestions(draw: Draw): string[] {
  return drawQuestions(soloQuiz, { mode: "solo", length: SOLO_QUIZ_LENGTH, seed: draw.seed });
}

/** What POST /api/quiz answers: a new draw for a client that plays on its own. */
export function dealtDraw() {
  const draw = newDraw();
  return { draw: draw.token, id: draw.id, quizId: draw.quizId, quizVersion: draw.quizVersion, questions: drawnQuestions(draw) };
}

type Admitted = { submission: unknown; error?: undefined } | { error: string; submission?: undefined };

/**
 * Every solo result passes here before the store sees it (the results API and the no-JavaScript
 * form flow alike): it must carry a valid draw, use the draw's id, and answer exactly the drawn
 * questions, each once. The draw field is then dropped; the store validates the rest. Village
 * sessions pass through unchanged: their own check is the facilitator code.
 */
export function admitResult(input: unknown, now = Date.now()): Admitted {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { submission: input };
  const { draw: token, ...submission } = input as Record<string, unknown>;
  if (submission.mode !== "solo") return token === undefined ? { submission: input } : { error: "Only a solo result carries a draw." };
  const draw = readDraw(token, now);
  if (!draw) return { error: "A solo result needs the draw its quiz was dealt (draw): signed by this server, from today or yesterday." };
  if (submission.id !== draw.id) return { error: "A solo result's id is its draw's id." };
  if (submission.quizId !== draw.quizId || submission.quizVersion !== draw.quizVersion) return { error: "The result is for another quiz than its draw." };
  const answered = Array.isArray(submission.answers) ? submission.answers.map((a) => (a as { questionId?: unknown } | null)?.questionId) : [];
  const drawn = drawnQuestions(draw);
  const exact = answered.length === drawn.length && new Set(answered).size === drawn.length && drawn.every((id) => answered.includes(id));
  if (!exact) return { error: "A solo result answers exactly the questions of its draw, each once." };
  return { submission };
}
