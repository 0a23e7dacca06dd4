import type { Question } from "./definition";
import { QuizStateError } from "./errors";
import { idsAt } from "./read-event";
import type { Mode } from "./result";
import { walkRounds } from "./scenario-path";
import type { Round } from "./state";
import { MAX_PRESENT } from "./version";

/** Where rounds sit: still open at a question, awaiting reveal, or a committed answer. */
export type Phase = "pending" | "tallied" | "done";

const isCount = (n: unknown, max: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;

/**
 * Rounds read from outside (a form field, a stored snapshot), checked against the question as
 * strictly as the machine would have built them; returns clean copies or throws QuizStateError.
 */
export function checkRounds(question: Question, rounds: unknown, mode: Mode, phase: Phase): Round[] {
  const fail = (why: string): never => {
    throw new QuizStateError(`Quiz state is impossible at question "${question.id}": ${why}.`);
  };
  if (!Array.isArray(rounds)) return fail("rounds are not a list");
  const clean: Round[] = [];
  for (const raw of rounds as unknown[]) {
    const { ids } = idsAt(question, clean);
    if (ids.length === 0) fail("an answer goes on after the story ended");
    const { s, c, p } = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    if (!Array.isArray(s) || !s.every((index, k) => isCount(index, ids.length - 1) && (k === 0 || index > s[k - 1]))) {
      fail("a selection is not a sorted list of known options");
    }
    if (question.kind !== "spot" && (s as number[]).length > 1) fail("more than one option selected");
    const round: Round = { s: [...(s as number[])] };
    if (mode === "village") {
      if (!isCount(p, MAX_PRESENT) || p < 1) fail("people present out of range");
      if (!Array.isArray(c) || c.length !== ids.length || !c.every((hands) => isCount(hands, p as number))) fail("bad tally");
      Object.assign(round, { c: [...(c as number[])], p });
    } else if (c !== undefined || p !== undefined) fail("a solo answer holds a tally");
    clean.push(round);
  }
  checkShape(question, clean, phase, fail);
  return clean;
}

function checkShape(question: Question, rounds: Round[], phase: Phase, fail: (why: string) => never): void {
  const last = rounds.at(-1);
  if (question.kind !== "scenario") {
    if (rounds.length !== (phase === "pending" ? 0 : 1)) fail(`${rounds.length} rounds where one is expected`);
    if (phase === "tallied" && question.kind !== "spot" && last?.s.length !== 1) fail("the room's choice is missing");
    return;
  }
  const path = walkRounds(question, rounds);
  const followed = path.taken.length === rounds.length;
  const ok =
    phase === "pending"
      ? followed && path.at !== undefined
      : phase === "tallied"
      ? followed && path.ending !== undefined
      : (followed && path.ending !== undefined) || (path.taken.length === rounds.length - 1 && last?.s.length === 0);
  if (!ok) fail(`the story path does not fit "${phase}"`);
}
