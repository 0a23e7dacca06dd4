/**
 * Answers and results: the shape the web app submits and @waspada/results stores.
 * Solo and village play share one shape so aggregates can add them up.
 */
import type { QuestionKind, RedFlagId, Stage } from "./definition";

export type Mode = "solo" | "village";
export type Outcome = "right" | "partly" | "wrong";

/**
 * One answer as given by a player (solo) or a room (village).
 * - single / trueFalse: `selected` holds one option id ("true"/"false" for trueFalse).
 * - spot: `selected` holds the part ids marked as red flags (may be empty).
 * - scenario: `selected` holds the choice ids taken, in order, from the start step to an ending.
 * In village mode `counts` also holds how many people chose each option / marked each part /
 * chose each choice, and `present` how many people were in the room for this question.
 */
export interface Answer {
  questionId: string;
  selected: string[];
  counts?: Record<string, number>;
  present?: number;
}

/** How many people spotted and missed one red flag in one question (solo: 0 or 1). */
export interface FlagTally {
  id: RedFlagId;
  spotted: number;
  missed: number;
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  stage: Stage;
  outcome: Outcome;
  /** 0..1; partial credit for spot questions, share of the room that was right in village mode. */
  score: number;
  answer: Answer;
  flags: FlagTally[];
  /** Scenario only: how the story ended. */
  ending?: "good" | "bad";
}

export interface StageTotal {
  score: number;
  max: number;
}

export interface QuizResult {
  quizId: string;
  quizVersion: number;
  mode: Mode;
  /** 1 in solo mode; the number of people present in village mode. */
  headCount: number;
  questions: QuestionResult[];
  score: number;
  max: number;
  byStage: Record<Stage, StageTotal>;
}
