import { MIN_CELL, shownPercent, type Figure } from "@waspada/results";

/** No published figure or percentage rests on fewer people than this. */
export const MIN_PEOPLE = MIN_CELL;

/** A figure as the dashboard shows it: its number, or null when hidden. */
export interface Shown {
  value: number | null;
}

/**
 * A percentage by the results package's one rule (shownPercent): only where the part and the
 * whole are shown and the whole is 10 or more, a whole number, computed from the shown (rounded)
 * counts so that it never says more than the counts beside it.
 */
export function percent(part: Figure, whole: Figure): number | null {
  return shownPercent(part, whole);
}

/** The shown value of a figure the store has already rounded (shownCount), or null when hidden. */
export function value(figure: Figure): number | null {
  return figure.suppressed ? null : figure.value;
}
