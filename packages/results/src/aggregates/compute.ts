import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { LinearSystem } from "../suppression/linear-system";
import { MIN_CELL, suppress } from "../suppression/suppress";
import type { AggregateFilters } from "../types";
import { draftCompletions } from "./completions";
import { parseFilters } from "./filters";
import { completionRows, itemRows, provinceRows, storedQuizzes } from "./query";
import { draftQuestions } from "./questions";
import { ItemKind } from "../ingest/items";
import type { Aggregates } from "./types";

export interface AggregateOptions {
  /** Only the completions (total, by day, week, mode, language, province): questions and flags stay empty. */
  completionsOnly?: boolean;
  /** Completions and red flags only: questions stay empty. */
  flagsOnly?: boolean;
}

/**
 * Every dashboard figure for one set of filters, suppressed. Suppression runs here, inside the
 * package, on the whole answer at once, so no caller can get an unsuppressed number.
 */
export async function computeAggregates(db: Kysely<Database>, input: AggregateFilters, options: AggregateOptions = {}): Promise<Aggregates> {
  const filters = parseFilters(input);
  const completions = await completionRows(db, filters);
  const provinces = await provinceRows(db, filters);
  // Completions, questions and red flags share no sum, so suppression hides the same figures of
  // one part whether or not the others are computed.
  const items = options.completionsOnly ? [] : await itemRows(db, filters, options.flagsOnly ? ItemKind.FLAG : undefined);
  const quizzes = options.completionsOnly || options.flagsOnly ? [] : await storedQuizzes(db, filters.quizId);

  const system = new LinearSystem();
  const finishCompletions = draftCompletions(system, completions, provinces);
  const finishQuestions = draftQuestions(system, items, quizzes);
  const hidden = suppress(system, MIN_CELL);
  return { filters, minCell: MIN_CELL, ...finishCompletions(hidden), ...finishQuestions(hidden) };
}
