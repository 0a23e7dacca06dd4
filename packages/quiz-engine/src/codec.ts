import { fromBase64Url, toBase64Url } from "./base64url";
import { checkState } from "./check-state";
import type { QuizDefinition } from "./definition";
import { QuizStateError } from "./errors";
import type { QuizState, Round } from "./state";
import { STATUSES } from "./state";
import { toState } from "./step";
import { ENGINE_VERSION } from "./version";

/** Encoded states longer than this are refused before any parsing. */
export const MAX_ENCODED_STATE = 4096;

const MODES = ["solo", "village"] as const;

/*
 * Wire form: base64url(JSON([v, quizId, quizVersion, mode, length, seed, status, i, answers, open])).
 * mode and status are indices; a solo round is its selection [..], a group round [present, counts, selection].
 * The draw is left out because the seed rebuilds it.
 */
const roundOut = (round: Round): unknown => (round.c ? [round.p, round.c, round.s] : round.s);

export function encodeState(state: QuizState): string {
  const { s } = state;
  const wire = [state.v, state.q[0], state.q[1], MODES.indexOf(s.mode), s.length, s.seed, STATUSES.indexOf(state.st), state.i];
  return toBase64Url(JSON.stringify([...wire, state.a.map((rounds) => rounds.map(roundOut)), state.p.map(roundOut)]));
}

/**
 * The state back, checked against the definition. Anything but a string encodeState could have
 * produced for this quiz is refused with a QuizStateError: the decoded state must encode to the
 * very same string, so every state has one spelling.
 */
export function decodeState(definition: QuizDefinition, encoded: string): QuizState {
  if (typeof encoded !== "string" || encoded.length > MAX_ENCODED_STATE)
    throw new QuizStateError("Quiz state is missing or too long.");
  const text = fromBase64Url(encoded);
  let wire: unknown;
  try {
    wire = text === undefined ? undefined : JSON.parse(text);
  } catch {
    // reported below
  }
  if (!Array.isArray(wire) || wire.length !== 10) throw new QuizStateError("Quiz state is not an encoded quiz state.");
  const [v, quizId, quizVersion, mode, length, seed, status, i, a, p] = wire as unknown[];
  if (v !== ENGINE_VERSION)
    throw new QuizStateError(`Quiz state was made by engine version ${String(v)}; this is version ${ENGINE_VERSION}.`);
  if (quizId !== definition.id || quizVersion !== definition.version) {
    throw new QuizStateError(
      `Quiz state is for quiz "${String(quizId)}" v${String(quizVersion)}, not "${definition.id}" v${definition.version}.`
    );
  }
  const group = mode === 1;
  const roundIn = (raw: unknown): unknown =>
    group ? (Array.isArray(raw) && raw.length === 3 ? { p: raw[0], c: raw[1], s: raw[2] } : undefined) : { s: raw };
  const roundsIn = (rounds: unknown): unknown => (Array.isArray(rounds) ? rounds.map(roundIn) : undefined);
  const checked = checkState(definition, {
    st: STATUSES[status as number],
    s: { mode: MODES[mode as number], length, seed },
    i,
    a: Array.isArray(a) ? a.map(roundsIn) : undefined,
    p: roundsIn(p),
  });
  const state = toState(definition, checked.st, checked.context);
  if (encodeState(state) !== encoded) throw new QuizStateError("Quiz state is not in canonical form.");
  return state;
}
