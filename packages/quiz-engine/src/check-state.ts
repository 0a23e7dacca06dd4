import { checkRounds } from "./check-rounds";
import type { QuizDefinition } from "./definition";
import { drawIndices, normaliseSettings } from "./draw";
import { QuizStateError } from "./errors";
import type { QuizSettings } from "./events";
import type { QuizContext, QuizStatus, Round } from "./state";
import { STATUSES } from "./state";

export interface UncheckedState {
  st: unknown;
  s: unknown;
  i: unknown;
  a: unknown;
  p: unknown;
}

/**
 * A state read from outside, checked against the definition: settings as the engine stores
 * them, a status the answers can be in, and every round possible for its question. The draw is
 * recomputed from the seed, never trusted. Throws QuizStateError naming the first problem.
 */
export function checkState(definition: QuizDefinition, state: UncheckedState): { st: QuizStatus; context: QuizContext } {
  const fail = (why: string): never => {
    throw new QuizStateError(`Quiz state is impossible: ${why}.`);
  };
  const s = state.s as QuizSettings;
  if (typeof s !== "object" || s === null) return fail("settings are missing");
  let settings: QuizSettings | undefined;
  try {
    settings = normaliseSettings(definition, s);
  } catch {
    // reported below with the other settings problems
  }
  if (!settings || settings.length !== s.length || settings.seed !== s.seed) return fail("settings are out of range");
  const st = state.st as QuizStatus;
  if (!STATUSES.includes(st)) fail(`unknown status "${String(st)}"`);
  const d = drawIndices(definition, settings);
  const { i, a, p } = state;
  if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= d.length) fail("question index out of range");
  if (!Array.isArray(a) || a.length > d.length) return fail("more answers than questions");
  const at = i as number;
  const answers = a.map((rounds: unknown, k) => checkRounds(questionAt(definition, d, k), rounds, settings.mode, "done"));
  const pendingPhase = st === "tallied" ? "tallied" : "pending";
  if ((st === "question" || st === "tallied") && at !== a.length) fail(`status "${st}" is not at the first unanswered question`);
  if (st === "tallied" && settings.mode === "solo") fail("a solo quiz has no tally");
  if ((st === "feedback" || st === "finished") && at >= a.length) fail(`status "${st}" is at an unanswered question`);
  if (st === "intro" && (at !== 0 || a.length > 0)) fail("the intro comes before any answer");
  const open = st === "question" || st === "tallied";
  const pending: Round[] = open ? checkRounds(questionAt(definition, d, at), p, settings.mode, pendingPhase) : [];
  if (!open && (!Array.isArray(p) || p.length > 0)) fail(`status "${st}" holds an open answer`);
  return { st, context: { s: settings, i: at, d, a: answers, p: pending } };
}

function questionAt(definition: QuizDefinition, d: number[], k: number) {
  const question = definition.questions[d[k] ?? -1];
  if (!question) throw new QuizStateError(`Quiz state is impossible: no question at position ${k}.`);
  return question;
}
