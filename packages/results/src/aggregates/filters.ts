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
