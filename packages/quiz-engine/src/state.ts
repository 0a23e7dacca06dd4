import type { QuizSettings } from "./events";

export const STATUSES = ["intro", "question", "tallied", "feedback", "finished"] as const;
export type QuizStatus = (typeof STATUSES)[number];

/**
 * One answer step, as indices into the question's ids so states stay small and canonical.
 * Non-scenario questions have one round; a scenario has one per story step.
 * - s: selected indices (option, marked parts sorted ascending, or the choice at this step);
 *   empty on the last round when time ran out.
 * - c, p (group only): hands per option / part / choice in definition order, and people present.
 */
export interface Round {
  s: number[];
  c?: number[];
  p?: number;
}

/** The machine's context: plain JSON data, nothing else. */
export interface QuizContext {
  s: QuizSettings;
  /** Position in the draw. */
  i: number;
  /** Drawn questions as indices into definition.questions (always recomputable from s). */
  d: number[];
  /** Answers given so far, in draw order: always a prefix of the draw. */
  a: Round[][];
  /** Rounds of the current question not committed yet (scenario steps, a group's tally). */
  p: Round[];
}

/** What the server carries between requests: the context plus engine, quiz and status. */
export interface QuizState extends QuizContext {
  v: number;
  q: [quizId: string, quizVersion: number];
  st: QuizStatus;
}
