import type { QuizState } from "@waspada/quiz-engine";

/**
 * What the quiz page renders: words already looked up, ids kept for the form. Built on the
 * server from the engine's view, so the page component holds no logic and no dictionary.
 */
export type Outcome = "right" | "partly" | "wrong";

export interface ChoiceModel {
  id: string;
  label: string;
}

export interface QuestionModel {
  id: string;
  kind: "single" | "trueFalse" | "spot" | "scenario";
  look?: "advert" | "chat";
  prompt: string;
  /** Scenario: the text of the current step. */
  stepText?: string;
  /** Radios (one answer) or checkboxes (spot: mark every red flag). */
  multiple: boolean;
  choices: ChoiceModel[];
}

export interface FeedbackItem {
  id: string;
  label: string;
  explanation: string;
  chosen: boolean;
  /** The right option, a red-flag part, or the safe choice in a story. */
  correct: boolean;
}

export interface FeedbackModel {
  outcome: Outcome;
  heading: string;
  why: string;
  items: FeedbackItem[];
  /** The red flags this question teaches, each with what to do instead. */
  flags: FlagModel[];
  sources: string[];
}

export interface FlagModel {
  id: string;
  name: string;
  instead: string;
}

export interface ResultModel {
  heading: string;
  summary: string;
  spotted: FlagModel[];
  missed: FlagModel[];
}

export interface QuizModel {
  status: "question" | "feedback" | "finished";
  progress: string;
  current: number;
  total: number;
  question?: QuestionModel;
  feedback?: FeedbackModel;
  result?: ResultModel;
  /** The signed hidden field that carries the quiz to the next request. */
  sealed: string;
}

/** What the browser needs to play on from a server-made state without a round trip. */
export interface QuizPlay {
  /** The signed state the server made; every later form post carries it, with the steps taken since. */
  sealed: string;
  submissionId: string;
  state: QuizState;
  /** The drawn questions' ids, so the browser can fetch their words while it fetches the engine. */
  questions: string[];
}
