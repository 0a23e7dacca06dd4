import { scenarioCountKey, type Answer, type Mode, type QuestionResult, type ScenarioStep } from "@waspada/quiz-engine";
import type { Submission } from "../types";
import { boundedMemo } from "../memo";
import type { QuestionIndex, QuizIndex } from "../validation/quiz-index";
import { quizItems, type QuestionItems } from "./items";
import { score } from "./score";

export class ScoringError extends Error {}

/** What one submission adds to the rollups, as flat quintuples: item number, a, b, c, d. */
export type Deltas = number[];

/**
 * A village session counts for everyone present: its outcome for a question is everyone's,
 * and tallies count hands.
 */
export function deriveItems(sub: Submission, quiz: QuizIndex): Deltas {
  const items = quizItems(quiz.quiz);
  const out: Deltas = [];
  // Per red flag: sightings spotted, missed, and the most people behind each in one question.
  const flags = new Map<number, [number, number, number, number]>();
  for (const answer of sub.answers) {
    const q = quiz.questions.get(answer.questionId);
    const qi = items.questions.get(answer.questionId);
    if (!q || !qi) throw new ScoringError(`Question ${answer.questionId} is not in ${sub.quizId}`);
    const people = sub.mode === "solo" ? 1 : (answer.present ?? sub.headCount);
    const deltas = sub.mode === "solo" ? soloAnswerDeltas(quiz, q, qi, items, answer) : answerDeltas(q, qi, items, answer, sub.mode, people);
    for (const n of deltas.out) out.push(n);
    for (const { index, spotted, missed } of deltas.flags) {
      const seen = flags.get(index);
      if (seen) {
        seen[0] += spotted;
        seen[1] += missed;
        seen[2] = Math.max(seen[2], spotted);
        seen[3] = Math.max(seen[3], missed);
      } else flags.set(index, [spotted, missed, spotted, missed]);
    }
  }
  for (const [index, [a, b, c, d]] of flags) out.push(index, a, b, c, d);
  return out;
}

/** What one answer adds: its outcome and hands as quintuples, and its red flags by item number. */
interface AnswerDeltas {
  out: readonly number[];
  flags: readonly { index: number; spotted: number; missed: number }[];
}

function answerDeltas(q: QuestionIndex, qi: QuestionItems, items: ReturnType<typeof quizItems>, answer: Answer, mode: Mode, people: number): AnswerDeltas {
  const out: number[] = [];
  const result = checkedScore(q, answer, mode);
  out.push(qi.outcome, people, result.outcome === "right" ? people : 0, result.outcome === "partly" ? people : 0, result.outcome === "wrong" ? people : 0);
  pushHands(out, q, qi, answer, mode === "solo", people);
  const flags = result.flags.map((flag) => {
    const index = items.flags.get(flag.id);
    if (index === undefined) throw new ScoringError(`The engine reported red flag ${flag.id}, which ${q.question.id} does not teach`);
    return { index, spotted: flag.spotted, missed: flag.missed };
  });
  return { out, flags };
}

/**
 * A solo answer's deltas depend only on the question and the ids picked, and a quiz has few such
 * pairs, so each is scored once per quiz and then looked up (a bulk import scores millions).
 */
const soloMemo = boundedMemo<QuizIndex, AnswerDeltas>(50_000);

function soloAnswerDeltas(quiz: QuizIndex, q: QuestionIndex, qi: QuestionItems, items: ReturnType<typeof quizItems>, answer: Answer): AnswerDeltas {
  const key = `${answer.questionId}\u0000${answer.selected.join("\u0001")}`;
  return soloMemo(quiz, key, () => answerDeltas(q, qi, items, answer, "solo", 1));
}

function checkedScore(q: QuestionIndex, answer: Answer, mode: Mode): QuestionResult {
  const result = score(q.question, answer, mode);
  for (const flag of result.flags) {
    if (!isCount(flag.spotted) || !isCount(flag.missed)) {
      throw new ScoringError(`The engine gave a non-count tally for ${flag.id} in ${q.question.id}`);
    }
  }
  return result;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 1_000_000;
}

/**
 * Hands per option and hands not raised, the way the engine counts them: a solo player's picks,
 * or a room's tallies (never its joint choice, which the engine does not score by). Story options
 * are keyed "step/choice", as the engine keys village tallies, since choice ids may repeat.
 * "Not raised" is kept where each person picks one (single, true/false, each story step reached),
 * so that people answering = Σ options + not raised holds exactly.
 */
function pushHands(out: Deltas, q: QuestionIndex, qi: QuestionItems, answer: Answer, solo: boolean, people: number): void {
  const hands = new Map<string, number>();
  if (q.question.kind === "scenario") {
    const walked = walkPath(q, answer.selected);
    if (solo) for (const [step, choice] of walked.taken) hands.set(scenarioCountKey(step.id, choice), 1);
    else addCounts(hands, answer);
    for (const step of walked.reached) {
      let raised = 0;
      for (const c of step.choices) raised += hands.get(scenarioCountKey(step.id, c.id)) ?? 0;
      pushNoChoice(out, qi, step.id, people - raised);
    }
  } else {
    if (solo) for (const id of answer.selected) hands.set(id, 1);
    else addCounts(hands, answer);
    if (q.question.kind !== "spot") {
      let raised = 0;
      for (const n of hands.values()) raised += n;
      pushNoChoice(out, qi, "", people - raised);
    }
  }
  for (const [key, n] of hands) {
    const index = qi.options.get(key);
    if (index === undefined) throw new ScoringError(`${key} is not an option of ${q.question.id}`);
    out.push(index, n, 0, 0, 0);
  }
}

function addCounts(hands: Map<string, number>, answer: Answer): void {
  for (const [key, n] of Object.entries(answer.counts ?? {})) if (n > 0) hands.set(key, n);
}

function pushNoChoice(out: Deltas, qi: QuestionItems, key: string, n: number): void {
  const index = qi.noChoice.get(key);
  if (n > 0 && index !== undefined) out.push(index, n, 0, 0, 0);
}

/** The steps a story answer went through, and every step it reached (including one it stopped at). */
function walkPath(q: QuestionIndex, selected: readonly string[]) {
  const taken: [ScenarioStep, string][] = [];
  const reached: ScenarioStep[] = [];
  const start = q.question.kind === "scenario" ? q.question.start : undefined;
  let at = start === undefined ? undefined : q.steps.get(start);
  for (let k = 0; at && k <= q.steps.size; k++) {
    reached.push(at);
    const choice = at.choices.find((c) => c.id === selected[k]);
    if (!choice) break;
    taken.push([at, choice.id]);
    at = choice.next === undefined ? undefined : q.steps.get(choice.next);
  }
  return { taken, reached };
}
