import type { Mode, QuestionKind } from "@waspada/quiz-engine";
import type { AggregateFilters } from "../types";

/**
 * One published number, as staff may see it (shownCount): null and suppressed when it could point
 * at fewer than MIN_CELL people or is 1–9; otherwise 0 or rounded to the nearest 5. Suppression
 * decided on the exact values; only the shown value is rounded.
 */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

/** Completions: submissions (solo quizzes plus village sessions) and the people they stand for. */
export interface Completions {
  submissions: Figure;
  people: Figure;
}

export interface OptionAggregate {
  /** The option, part or choice id; null for people present who raised no hand (village tallies). */
  optionId: string | null;
  /** Story questions: the step the choice belongs to. */
  step?: string;
  people: Figure;
}

export interface QuestionAggregate {
  quizId: string;
  questionId: string;
  kind: QuestionKind | null;
  answering: Figure;
  right: Figure;
  partly: Figure;
  wrong: Figure;
  options: OptionAggregate[];
}

/**
 * Sightings of one red flag, summed over the questions that teach it: a person who met it in
 * two questions counts twice. Hidden when fewer than MIN_CELL different people stand behind it.
 */
export interface FlagAggregate {
  flagId: string;
  /** spotted + missed. */
  met: Figure;
  spotted: Figure;
  missed: Figure;
}

export interface Aggregates {
  filters: AggregateFilters;
  minCell: number;
  total: Completions;
  byDay: ({ day: string } & Completions)[];
  /** ISO 8601 weeks, e.g. "2025-W03". */
  byWeek: ({ week: string } & Completions)[];
  byMode: ({ mode: Mode } & Completions)[];
  byLang: ({ lang: string } & Completions)[];
  /** province null: people who chose not to say. */
  byProvince: ({ province: string | null } & Completions)[];
  questions: QuestionAggregate[];
  flags: FlagAggregate[];
}
