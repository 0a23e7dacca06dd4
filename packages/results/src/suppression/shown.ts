import type { Figure } from "../aggregates/types";
import { MIN_CELL } from "./suppress";

/** Every shown count other than zero is a multiple of this: the "5" of the 10-5 rule. */
export const ROUND_TO = 5;

/**
 * The one rule for how a count is shown to staff, everywhere (dashboard, charts, CSV, the
 * command-line export). `suppress()` decides on the exact values which figures are hidden; this
 * decides what the others look like:
 * - hidden by suppression, or a non-zero count under MIN_CELL (1–9): "fewer than 10" (null);
 * - zero: 0, because no one stands behind it;
 * - anything else: rounded to the nearest ROUND_TO (10–12 shows as 10, 13–17 as 15, …).
 * So comparing two views (a group, then the same group plus a hidden one) leaves the hidden count
 * uncertain by several people: see shown.test.ts.
 */
export function shownCount(exact: number, hidden = false): Figure {
  if (hidden || (exact > 0 && exact < MIN_CELL)) return { value: null, suppressed: true };
  return { value: exact === 0 ? 0 : Math.round(exact / ROUND_TO) * ROUND_TO, suppressed: false };
}

/**
 * A percentage as shown: only where the part and the whole are shown and the whole is at least
 * MIN_CELL, a whole number, and computed from the shown (rounded) counts, so it never says more
 * than the counts beside it (a percentage of exact counts would undo the rounding).
 */
export function shownPercent(part: Figure, whole: Figure): number | null {
  if (part.suppressed || whole.suppressed || part.value === null || whole.value === null) return null;
  if (whole.value < MIN_CELL) return null;
  return Math.round((part.value / whole.value) * 100);
}
