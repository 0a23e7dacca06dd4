import type { Question, QuizDefinition, ScenarioStep } from "./definition";
import type { QuizEvent } from "./events";
import { optionIds } from "./options";
import { walkRounds } from "./scenario-path";
import type { QuizContext, Round } from "./state";
import { MAX_PRESENT } from "./version";

export interface ReadEvent {
  round: Round;
  /** True when this round completes the question (always, except a scenario step that leads on). */
  ends: boolean;
}

export function currentQuestion(definition: QuizDefinition, context: QuizContext): Question | undefined {
  return definition.questions[context.d[context.i] ?? -1];
}

/**
 * Turns an answer or tally event into a round for the current question, or undefined when the
 * event does not fit (wrong mode, unknown ids, bad numbers). Payloads come from forms and
 * hands, so every field is checked at run time. With `replaceLast` the event corrects the last
 * pending round instead of adding one.
 */
export function readEvent(
  definition: QuizDefinition,
  context: QuizContext,
  event: QuizEvent,
  replaceLast = false
): ReadEvent | undefined {
  const question = currentQuestion(definition, context);
  const group = context.s.mode === "village";
  if (!question || event.type !== (group ? "quiz.tally" : "quiz.answer")) return undefined;
  const pending = replaceLast ? context.p.slice(0, -1) : context.p;
  const { ids, step } = idsAt(question, pending);
  const many = question.kind === "spot";
  if (ids.length === 0) return undefined;
  let round: Round | undefined;
  if (event.type === "quiz.answer") {
    const s = indicesOf(ids, event.selected, many);
    round = s && { s };
  } else if (event.type === "quiz.tally") {
    const c = countsOf(ids, event.counts, event.present);
    const s = event.selected === undefined ? c && roomChoice(c, event.present, many) : indicesOf(ids, event.selected, many);
    round = c && s && { s, c, p: event.present };
  }
  if (!round) return undefined;
  const choice = step?.choices[round.s[0] ?? -1];
  return { round, ends: !choice || choice.next === undefined };
}

/** The ids the next round chooses from: options or parts, or the choices where the story stands. */
export function idsAt(question: Question, pending: readonly Round[]): { ids: string[]; step?: ScenarioStep } {
  if (question.kind !== "scenario") return { ids: optionIds(question) };
  const step = walkRounds(question, pending).at;
  return { ids: step?.choices.map((choice) => choice.id) ?? [], step };
}

/** Selected ids as sorted indices: exactly one unless `many`; no duplicates or unknown ids. */
function indicesOf(ids: readonly string[], selected: unknown, many: boolean): number[] | undefined {
  if (!Array.isArray(selected) || (!many && selected.length !== 1)) return undefined;
  const out = selected.map((id) => (typeof id === "string" ? ids.indexOf(id) : -1)).sort((x, y) => x - y);
  return out.every((index, k) => index >= 0 && index !== out[k - 1]) ? out : undefined;
}

function countsOf(ids: readonly string[], counts: unknown, present: unknown): number[] | undefined {
  if (typeof counts !== "object" || counts === null || Array.isArray(counts)) return undefined;
  if (!Number.isInteger(present) || (present as number) < 1 || (present as number) > MAX_PRESENT) return undefined;
  // a Map, so an id such as "constructor" never reads from Object.prototype
  const hands = new Map(Object.entries(counts));
  for (const [id, n] of hands) {
    if (!ids.includes(id) || !Number.isInteger(n) || (n as number) < 0 || (n as number) > (present as number)) return undefined;
  }
  return ids.map((id) => (hands.get(id) as number | undefined) ?? 0);
}

/** The room's answer when the facilitator gives none: most hands (ties: first), or majority-marked parts. */
function roomChoice(c: readonly number[], present: number, many: boolean): number[] {
  if (many) return c.flatMap((hands, index) => (hands * 2 > present ? [index] : []));
  const top = Math.max(...c);
  return [c.indexOf(top)];
}
