import type { Question, ScenarioEnding } from "./definition";
import type { Answer, FlagTally, Mode, Outcome, QuestionResult } from "./result";

/** One rule for every kind and mode: full marks are right, any credit is partly, none is wrong. */
export function outcomeOf(score: number): Outcome {
  return score >= 1 ? "right" : score > 0 ? "partly" : "wrong";
}

/** How many people an answer speaks for: 1 solo; the head count in a group (at least every hand). */
export function peopleOf(answer: Answer, mode: Mode): number {
  if (mode === "solo") return 1;
  if (Number.isInteger(answer.present) && (answer.present as number) >= 1) return answer.present as number;
  return Math.max(1, ...Object.values(answer.counts ?? {}).filter(Number.isInteger));
}

/** Hands for one key: whether the player chose it (solo), or the tally clamped to the room (village). */
export function handCounter(answer: Answer, mode: Mode, people: number): (key: string) => number {
  if (mode === "solo") {
    const selected = new Set(answer.selected);
    return (key) => (selected.has(key) ? 1 : 0);
  }
  const counts = new Map(Object.entries(answer.counts ?? {}));
  return (key) => {
    const hands = counts.get(key);
    return Number.isInteger(hands) ? Math.min(people, Math.max(0, hands as number)) : 0;
  };
}

export const tally = (id: string, spotted: number, people: number): FlagTally => ({ id, spotted, missed: people - spotted });

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function resultOf(
  question: Question,
  answer: Answer,
  score: number,
  flags: FlagTally[],
  ending?: ScenarioEnding
): QuestionResult {
  const bounded = Math.min(1, Math.max(0, score));
  const result: QuestionResult = {
    questionId: question.id,
    kind: question.kind,
    stage: question.stage,
    outcome: outcomeOf(bounded),
    score: bounded,
    answer,
    flags,
  };
  if (ending) result.ending = ending;
  return result;
}
