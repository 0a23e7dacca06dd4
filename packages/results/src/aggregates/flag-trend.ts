import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { LinearSystem } from "../suppression/linear-system";
import { MIN_CELL, suppress } from "../suppression/suppress";
import type { AggregateFilters } from "../types";
import { parseFilters } from "./filters";
import { flagRowsByMonth } from "./query";
import { draftQuestions } from "./questions";
import type { FlagAggregate } from "./types";

export interface FlagTrend {
  filters: AggregateFilters;
  minCell: number;
  /** Calendar months (YYYY-MM) with data, oldest first; each suppressed on its own like aggregates().flags. */
  months: { month: string; flags: FlagAggregate[] }[];
}

/**
 * Red flags per calendar month, from one query over the rollups. Each month's figures are
 * suppressed exactly as the flags of aggregates() are. Months are separate answers: a caller that
 * also shows the whole range must not publish counts for both (the dashboard shows only
 * percentages here), or a hidden month could follow by subtraction.
 */
export async function computeFlagTrend(db: Kysely<Database>, input: AggregateFilters): Promise<FlagTrend> {
  const filters = parseFilters(input);
  const rows = await flagRowsByMonth(db, filters);
  const byMonth = new Map<string, typeof rows>();
  for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);
  const months = [...byMonth.keys()].sort().map((month) => {
    const system = new LinearSystem();
    const finish = draftQuestions(system, byMonth.get(month) ?? [], []);
    return { month, flags: finish(suppress(system, MIN_CELL)).flags };
  });
  return { filters, minCell: MIN_CELL, months };
}
