import { z } from "zod";
import { PROVINCES } from "../provinces";
import type { AggregateFilters } from "../types";
import { daySchema } from "../validation/base-schema";

/** Filters that do not make sense; callers answer 400. */
export class InvalidFiltersError extends Error {
  override readonly name = "InvalidFiltersError";
}

/** A calendar month, YYYY-MM: the date filters' own unit. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A month, or (from an older shared link) a real day, which is widened to its month. */
const monthOrDay = z.union([z.string().regex(MONTH), daySchema]).transform((v) => v.slice(0, 7));

const filtersSchema = z.strictObject({
  from: monthOrDay.optional(),
  to: monthOrDay.optional(),
  lang: z.string().max(16).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/).optional(),
  mode: z.enum(["solo", "village"]).optional(),
  province: z.enum(PROVINCES).optional(),
  quizId: z.string().max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional(),
});

export interface ReadFilters {
  /** The filters as every query applies them: `from` a month's first day, `to` a month's last day. */
  filters: AggregateFilters;
  /** The months asked for (YYYY-MM), as a form or a link should show them. */
  months: { from?: string; to?: string };
  /** A day other than a month's first (`from`) or last (`to`) was given and widened to its month. */
  widened: boolean;
}

/**
 * Reads dashboard filters. Dates work in whole calendar months: `from` and `to` are YYYY-MM (the
 * month's first and last day); a full day (YYYY-MM-DD, as older links carry) is accepted and
 * widened to its month, so no two views differ by less than a month. Anything else throws
 * InvalidFiltersError, naming the fields.
 */
export function readAggregateFilters(input: AggregateFilters): ReadFilters {
  // Query-string parsers give "" for an empty field; treat it as "no filter".
  const cleaned = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = filtersSchema.safeParse(cleaned);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "filters")))];
    throw new InvalidFiltersError(`Invalid aggregate filters: ${fields.join(", ")}`);
  }
  const { from: fromMonth, to: toMonth, ...rest } = parsed.data;
  if (fromMonth && toMonth && fromMonth > toMonth) throw new InvalidFiltersError("Invalid aggregate filters: from is after to");
  const filters: AggregateFilters = { ...rest };
  if (fromMonth) filters.from = `${fromMonth}-01`;
  if (toMonth) filters.to = lastDayOf(toMonth);
  const given = (v: unknown) => (typeof v === "string" ? v : undefined);
  const widened =
    (given(cleaned.from)?.length === 10 && given(cleaned.from) !== filters.from) ||
    (given(cleaned.to)?.length === 10 && given(cleaned.to) !== filters.to);
  return { filters, months: { ...(fromMonth ? { from: fromMonth } : {}), ...(toMonth ? { to: toMonth } : {}) }, widened };
}

/** The filters as every query applies them (see readAggregateFilters). */
export function parseFilters(input: AggregateFilters): AggregateFilters {
  return readAggregateFilters(input).filters;
}

/** The last day (YYYY-MM-DD) of a month given as YYYY-MM. */
export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const day = new Date(0);
  day.setUTCFullYear(year, monthNumber, 0); // day 0 of the next month (setUTCFullYear keeps years 0–99 as given)
  return day.toISOString().slice(0, 10);
}

/** A submissions column the dashboard filters on. */
export type FilterColumn = "day" | "lang" | "mode" | "province" | "quiz_id";

/**
 * The dashboard's filters as `where` clauses on the submissions table, one per filter that is set,
 * so every query that counts submissions filters them the same way.
 */
export function filterClauses(filters: AggregateFilters): [FilterColumn, "=" | ">=" | "<=", string][] {
  const clauses: [FilterColumn, "=" | ">=" | "<=", string][] = [];
  if (filters.from) clauses.push(["day", ">=", filters.from]);
  if (filters.to) clauses.push(["day", "<=", filters.to]);
  if (filters.lang) clauses.push(["lang", "=", filters.lang]);
  if (filters.mode) clauses.push(["mode", "=", filters.mode]);
  if (filters.province) clauses.push(["province", "=", filters.province]);
  if (filters.quizId) clauses.push(["quiz_id", "=", filters.quizId]);
  return clauses;
}
