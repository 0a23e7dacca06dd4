/**
 * Quiz definitions: what a quiz is made of, in ids only. Words live in @waspada/content,
 * looked up by these ids, so the engine runs the same in any language.
 */

/** The journey stages a question belongs to (transit folded into departure). */
export const STAGES = ["recruitment", "departure", "destination", "return"] as const;
export type Stage = (typeof STAGES)[number];

export const QUESTION_KINDS = ["single", "trueFalse", "spot", "scenario"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A red-flag id from the catalogue, e.g. "rf01". */
export type RedFlagId = string;

export type Difficulty = 1 | 2 | 3;

interface QuestionBase {
  /** Stable id, kebab-case, e.g. "salary-too-high". Text keys derive from it. */
  id: string;
  kind: QuestionKind;
  stage: Stage;
  /** The red flags this question teaches. */
  redFlags: RedFlagId[];
  difficulty: Difficulty;
}

export interface ChoiceOption {
  /** Stable id within the question, e.g. "a". */
  id: string;
  correct: boolean;
}

/** Single choice: exactly one option is correct. */
export interface SingleChoiceQuestion extends QuestionBase {
  kind: "single";
  options: ChoiceOption[];
  /** Shuffle option order with the seed (false for options whose order carries meaning). */
  shuffle?: boolean;
}

/** True/false: the options are always "true" and "false", in that order. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: "trueFalse";
  answer: boolean;
}

export interface SpotPart {
  /** Stable id within the question, e.g. "p1". */
  id: string;
  /** Set when this part of the advert or chat is a red flag: the flag it shows. */
  redFlag?: RedFlagId;
}

/** Spot the red flags: an advert or chat split into parts; the player marks every red-flag part. */
export interface SpotQuestion extends QuestionBase {
  kind: "spot";
  parts: SpotPart[];
}

export type ScenarioEnding = "good" | "bad";

export interface ScenarioChoice {
  id: string;
  /** The step this choice leads to; absent when the choice ends the story. */
  next?: string;
  /** How the story ends when this choice ends it. */
  ending?: ScenarioEnding;
  /** Red flags the player meets (walks into) by taking this choice. */
  redFlags?: RedFlagId[];
  /** True when this is the safe choice at its step. */
  safe: boolean;
}

export interface ScenarioStep {
  id: string;
  choices: ScenarioChoice[];
}

/** A short branching story; each choice leads to another step or ends the story well or badly. */
export interface ScenarioQuestion extends QuestionBase {
  kind: "scenario";
  start: string;
  steps: ScenarioStep[];
}

export type Question = SingleChoiceQuestion | TrueFalseQuestion | SpotQuestion | ScenarioQuestion;

export interface QuizDefinition {
  /** e.g. "waspada-core" */
  id: string;
  /** Bumped whenever questions, options or answers change; snapshots of another version are refused. */
  version: number;
  questions: Question[];
  /**
   * Groups of question ids a draw always includes one of, when it is long enough to hold one from
   * each group (e.g. every quiz has an advert to mark and a branching story).
   */
  mustInclude?: string[][];
}
