import { determinedUnknowns } from "./determined";
import { components, type LinearSystem } from "./linear-system";

/** No published figure may come from fewer people than this. */
export const MIN_CELL = 10;

/**
 * Decides which figures to hide (README "Suppression"):
 * 1. Primary: every published non-zero figure that fewer than MIN_CELL different people stand
 *    behind (usually the figure itself). Zero is shown: no one stands behind it.
 * 2. Complementary: while some hidden figure still follows from the shown ones through the sums
 *    (one hidden part beside a shown total, or any longer chain of sums), hide the smallest
 *    non-zero shown figure of a sum that holds it, and check again.
 * Returns hidden[v] for every variable (unpublished ones are never "hidden": they are never shown).
 */
export function suppress(system: LinearSystem, minCell = MIN_CELL): boolean[] {
  const hidden = system.values.map((v, i) => system.published[i] === true && v > 0 && (system.people[i] ?? v) < minCell);
  for (const equationIds of components(system)) {
    for (;;) {
      const unknown = hidden.map((h, i) => h || !system.published[i]);
      const exposed = firstExposed(system, equationIds, unknown, hidden);
      const complement = exposed === undefined ? undefined : complementFor(system, equationIds, exposed, hidden);
      // Nothing left to hide means nothing is shown that it could follow from (only an untrue
      // sum, e.g. from a question whose kind changed between quiz versions, can say otherwise).
      if (complement === undefined) break;
      hidden[complement] = true;
    }
  }
  return hidden;
}

function firstExposed(system: LinearSystem, equationIds: readonly number[], unknown: boolean[], hidden: boolean[]) {
  // The common case, a sum with a single unknown, without building a matrix.
  for (const e of equationIds) {
    const unknowns = system.equations[e]!.filter(([v]) => unknown[v]);
    if (unknowns.length === 1 && hidden[unknowns[0]![0]]) return unknowns[0]![0];
  }
  return determinedUnknowns(system, equationIds, unknown).find((v) => hidden[v]);
}

/**
 * The figure to hide so that `exposed` stops following from the rest: the smallest non-zero
 * shown figure in a sum that holds it, else in any sum of the same group, else a shown zero.
 */
function complementFor(system: LinearSystem, equationIds: readonly number[], exposed: number, hidden: boolean[]) {
  const holding = equationIds.filter((e) => system.equations[e]!.some(([v]) => v === exposed));
  return (
    smallestShown(system, holding, hidden, 1) ??
    smallestShown(system, equationIds, hidden, 1) ??
    smallestShown(system, equationIds, hidden, 0)
  );
}

function smallestShown(system: LinearSystem, equationIds: readonly number[], hidden: boolean[], atLeast: number) {
  let best: number | undefined;
  for (const e of equationIds) {
    for (const [v] of system.equations[e]!) {
      if (hidden[v] || !system.published[v] || system.values[v]! < atLeast) continue;
      if (best === undefined || system.values[v]! < system.values[best]! || (system.values[v] === system.values[best] && v < best)) {
        best = v;
      }
    }
  }
  return best;
}
