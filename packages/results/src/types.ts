import type { Answer, Mode, QuizDefinition } from "@waspada/quiz-engine";

/** What a caller accepts: the quizzes it serves and the language tags it knows. */
export interface QuizCatalogue {
  quizzes: readonly QuizDefinition[];
  languages: readonly string[];
}

/**
 * One solo quiz or one village session, exactly as the client sends it. The day it was
 * received is added by the store, never taken from the client.
 */
export interface Submission {
  /** Client-generated UUID, lowercase: a retry carries the same id and is stored once. */
  id: string;
  quizId: string;
  quizVersion: number;
  lang: string;
  mode: Mode;
  /** ISO 3166-2:ID province code, self-reported and optional. */
  province?: string;
  /** 1 in solo mode; the people in the room (1..500) in village mode. */
  headCount: number;
  answers: Answer[];
  /** Village sessions: the opening and closing check, as hands for the right answer per check question. */
  checks?: SessionChecks;
  /** Village sessions: the facilitator's code as sent (never stored as such). */
  facilitatorCode?: string;
}

export interface CheckRound {
  present: number;
  /** Check question id → hands raised for the right answer. */
  right: Record<string, number>;
}

export interface SessionChecks {
  opening: CheckRound;
  closing?: CheckRound;
}

/** A stored submission as dumps carry it: the submission plus the UTC day it was received. */
export type StoredSubmission = Submission & { day: string };

export interface StoreOptions {
  /** What one facilitator code may send a day (defaults: 20 sessions, 1,000 people). */
  facilitatorLimits?: { sessionsPerDay?: number; peoplePerDay?: number };
  /** postgres:// or postgresql:// URL; wins over `file`. Defaults to env DATABASE_URL. */
  databaseUrl?: string;
  /** SQLite file; defaults to env DB_FILE (one of DB_FILE or DATABASE_URL must name the database). */
  file?: string;
}

export interface AggregateFilters {
  /** First month included, YYYY-MM (UTC); a day, YYYY-MM-DD, is widened to its month's first day. */
  from?: string;
  /** Last month included, YYYY-MM (UTC); a day is widened to its month's last day. */
  to?: string;
  lang?: string;
  mode?: Mode;
  province?: string;
  quizId?: string;
}

export type SubmitStatus = "stored" | "duplicate";
export type BatchStatus = SubmitStatus | "conflict";
