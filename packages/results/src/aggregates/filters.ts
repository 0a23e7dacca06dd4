import { z } from "zod";
import { PROVINCES } from "../provinces";
import type { AggregateFilters } from "../types";
import { daySchema } from "../validation/base-schema";

/** Filters that do not make sense; callers answer 400. */
export class InvalidFiltersError extends Error {
  override readonly name = "InvalidFiltersError";
}

const filtersSchema = z.strictObject({
  from: daySchema.optional(),
  to: daySchema.optional(),
  lang: z.string().max(16).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/).optional(),
  mode: z.enum(["solo", "village"]).optional(),
  province: z.enum(PROVINCES).optional(),
  quizId: z.string().max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional(),
});

export function parseFilters(input: AggregateFilters): AggregateFilters {
  // Query-string parsers give "" for an empty field; treat it as "no filter".
  const cleaned = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = filtersSchema.safeParse(cleaned);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "filters")))];
    throw new InvalidFiltersError(`Invalid aggregate filters: ${fields.join(", ")}`);
  }
  const filters = parsed.data;
  if (filters.from && filters.to && filters.from > filters.to) throw new InvalidFiltersError("Invalid aggregate filters: from is after to");
  return filters;
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
