import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { MIN_CELL } from "../suppression/suppress";
import { shownCount } from "../suppression/shown";
import type { AggregateFilters, SessionChecks } from "../types";
import { filterClauses, parseFilters } from "./filters";
import type { Figure } from "./types";

/** One check question over the matching village sessions: hands for the right answer, out of people present. */
export interface CheckAggregate {
  checkId: string;
  opening: { right: Figure; present: Figure };
  /** Only sessions that reached their closing check count here. */
  closing: { right: Figure; present: Figure };
}

export interface CheckAggregates {
  filters: AggregateFilters;
  minCell: number;
  /** Village sessions with an opening check, and the people present at it. */
  sessions: Figure;
  people: Figure;
  checks: CheckAggregate[];
}

/**
 * The opening and closing checks of village sessions, summed per check question. Every figure
 * is a sum over the same sessions, so all of them are hidden together when fewer than MIN_CELL
 * people were present at those sessions' opening checks; each is shown by the one rule
 * (shownCount: 1–9 reads "fewer than 10", the rest rounded to 5). Solo results have no checks: a mode
 * filter of "solo" gives nothing.
 */
export async function computeCheckAggregates(db: Kysely<Database>, input: AggregateFilters = {}): Promise<CheckAggregates> {
  const filters = parseFilters(input);
  let query = db.selectFrom("submissions").select("checks").where("checks", "is not", null).where("mode", "<>", "solo");
  for (const [column, op, value] of filterClauses(filters)) query = query.where(column, op, value);
  const rows = await query.execute();

  const sums = new Map<string, { openRight: number; openPresent: number; closeRight: number; closePresent: number }>();
  let people = 0;
  for (const row of rows) {
    const checks = JSON.parse(row.checks ?? "null") as SessionChecks | null;
    if (!checks) continue;
    people += checks.opening.present;
    for (const [id, right] of Object.entries(checks.opening.right)) {
      const sum = sums.get(id) ?? { openRight: 0, openPresent: 0, closeRight: 0, closePresent: 0 };
      sum.openRight += right;
      sum.openPresent += checks.opening.present;
      const closing = checks.closing?.right[id];
      if (checks.closing && closing !== undefined) {
        sum.closeRight += closing;
        sum.closePresent += checks.closing.present;
      }
      sums.set(id, sum);
    }
  }
  const hidden = people < MIN_CELL && rows.length > 0;
  const figure = (value: number): Figure => shownCount(value, hidden);
  return {
    filters,
    minCell: MIN_CELL,
    sessions: figure(rows.length),
    people: figure(people),
    checks: [...sums.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([checkId, s]) => ({
        checkId,
        opening: { right: figure(s.openRight), present: figure(s.openPresent) },
        closing: { right: figure(s.closeRight), present: figure(s.closePresent) },
      })),
  };
}
