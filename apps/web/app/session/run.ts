import { drawQuestions, initialState, step, view, type QuizDefinition, type QuizEvent, type QuizState, type QuizView } from "@waspada/quiz-engine";
import type { CheckRound, SessionSetup } from "./village-submission";

/**
 * A village session in progress, as plain JSON: where the room is (phase), the engine's state,
 * and the check rounds so far. Kept in localStorage while it runs, so a reload or a closed tab
 * resumes where it was; removed once the finished session is in the outbox.
 */
export type Phase = "setup" | "opening" | "quiz" | "closing" | "summary";

export interface SessionRun {
  setup: SessionSetup;
  timer: boolean;
  phase: Phase;
  /** Position in the opening or closing check. */
  check: number;
  state: QuizState;
  opening: Partial<Record<string, number>>;
  closing: Partial<Record<string, number>>;
  openingPresent: number;
  closingPresent: number;
  /** Set once the finished session is in the outbox. */
  saved?: boolean;
}

const RUN_KEY = "waspada.session.run";
const CODE_KEY = "waspada.facilitator.code";

/**
 * A seed whose draw has every kind of question the bank holds (an advert to spot and a story to
 * vote through in every session), trying seeds in order from `start`; `start` itself when none
 * within a thousand does.
 */
export function sessionSeed(definition: QuizDefinition, length: number, start: number): number {
  const kinds = new Set(definition.questions.map((q) => q.kind));
  const kindOf = new Map(definition.questions.map((q) => [q.id, q.kind]));
  for (let i = 0; i < 1000; i++) {
    const seed = (start + i) >>> 0;
    const drawn = new Set(drawQuestions(definition, { mode: "village", length, seed }).map((id) => kindOf.get(id)));
    if (drawn.size >= Math.min(kinds.size, length)) return seed;
  }
  return start >>> 0;
}

export function startRun(definition: QuizDefinition, setup: SessionSetup, length: number, timer: boolean, seed: number): SessionRun {
  const settings = { mode: "village" as const, length, seed: sessionSeed(definition, length, seed) };
  const state = step(definition, initialState(definition, settings), { type: "quiz.start" });
  return {
    setup,
    timer,
    phase: "opening",
    check: 0,
    state,
    opening: {},
    closing: {},
    openingPresent: setup.headCount,
    closingPresent: setup.headCount,
  };
}

/** One engine step; null when the engine refuses it (it answers a refused step with the same state). */
export function stepRun(definition: QuizDefinition, run: SessionRun, event: QuizEvent): SessionRun | null {
  const next = step(definition, run.state, event);
  return next === run.state ? null : { ...run, state: next };
}

export function runView(definition: QuizDefinition, run: SessionRun): QuizView {
  return view(definition, run.state);
}

/** After a check question's hands are saved: the next check question, or the next phase. */
export function nextCheck(run: SessionRun, checks: number): SessionRun {
  if (run.check + 1 < checks) return { ...run, check: run.check + 1 };
  return { ...run, phase: run.phase === "opening" ? "quiz" : "summary", check: 0 };
}

/** A check round once every check question has its hands. */
export function checkRound(run: SessionRun, round: "opening" | "closing", ids: readonly string[]): CheckRound | undefined {
  const hands = run[round];
  const right: Record<string, number> = {};
  for (const id of ids) {
    const n = hands[id];
    if (n === undefined) return undefined;
    right[id] = n;
  }
  return { present: round === "opening" ? run.openingPresent : run.closingPresent, right };
}

export function saveRun(run: SessionRun | null): void {
  try {
    if (run) localStorage.setItem(RUN_KEY, JSON.stringify(run));
    else localStorage.removeItem(RUN_KEY);
  } catch {
    // Private mode or full storage: the session still runs, it just cannot resume after a reload.
  }
}

export function loadRun(lang: string): SessionRun | null {
  try {
    const run = JSON.parse(localStorage.getItem(RUN_KEY) ?? "null") as SessionRun | null;
    return run && run.setup?.lang === lang && run.phase !== "setup" ? run : null;
  } catch {
    return null;
  }
}

/** The facilitator's code, kept on this device only (the facilitator's own laptop, not a quiz taker's). */
export function savedCode(): string {
  try {
    return localStorage.getItem(CODE_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveCode(code: string | null): void {
  try {
    if (code) localStorage.setItem(CODE_KEY, code);
    else localStorage.removeItem(CODE_KEY);
  } catch {
    // See saveRun.
  }
}
