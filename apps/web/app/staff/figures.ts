import type { Figure } from "@waspada/results";

/** No published figure or percentage rests on fewer people than this. */
export const MIN_PEOPLE = 10;

/** A figure as the dashboard shows it: its number, or null when hidden. */
export interface Shown {
  value: number | null;
}

/**
 * A percentage only from 10 or more: the part and the whole must both be shown, and the whole
 * (the people or sightings behind it) at least MIN_PEOPLE. Whole numbers, so a percentage never
 * says more than the counts beside it.
 */
export function percent(part: Figure, whole: Figure): number | null {
  if (part.suppressed || whole.suppressed || part.value === null || whole.value === null) return null;
  if (whole.value < MIN_PEOPLE) return null;
  return Math.round((part.value / whole.value) * 100);
}

export function value(figure: Figure): number | null {
  return figure.suppressed ? null : figure.value;
}
