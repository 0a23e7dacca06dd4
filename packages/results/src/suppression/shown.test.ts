import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Figure } from "../aggregates/types";
import { ROUND_TO, shownCount, shownPercent } from "./shown";
import { MIN_CELL } from "./suppress";

const shown = (n: number) => shownCount(n).value;

/**
 * Every hidden-group size h (1–9) that an observer of two views could not rule out: views that
 * show `first` for a group a of 10 or more people (a group that is itself shown) and `second`
 * for the same group with a hidden group of h people added.
 */
function consistentHidden(first: number | null, second: number | null): number[] {
  const found: number[] = [];
  for (let h = 1; h < MIN_CELL; h++) {
    // a can only be within half a rounding step of what is shown (or 10–12 for a shown 10).
    const base = first ?? 0;
    for (let a = Math.max(MIN_CELL, base - ROUND_TO); a <= base + ROUND_TO; a++) {
      if (shown(a) === first && shown(a + h) === second) {
        found.push(h);
        break;
      }
    }
  }
  return found;
}

describe("the shown-count rule (10-5)", () => {
  it("shows 1–9 and anything hidden as 'fewer than 10', zero as zero, the rest to the nearest 5", () => {
    expect([0, 1, 9, 10, 12, 13, 17, 18, 1234].map(shown)).toEqual([0, null, null, 10, 10, 15, 15, 20, 1235]);
    expect(shownCount(250, true)).toEqual({ value: null, suppressed: true });
    expect(shownCount(0, false)).toEqual({ value: 0, suppressed: false });
  });

  it("never lets one comparison of two views pin a hidden group's size", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_CELL, max: 100_000 }), fc.integer({ min: 1, max: MIN_CELL - 1 }), (a, h) => {
        const candidates = consistentHidden(shown(a), shown(a + h));
        expect(candidates).toContain(h);
        expect(candidates.length, `a = ${a}, h = ${h}: shown ${shown(a)} and ${shown(a + h)}`).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
    // And exhaustively where rounding matters most, from the smallest shown group up.
    for (let a = MIN_CELL; a < 60; a++) {
      for (let h = 1; h < MIN_CELL; h++) expect(consistentHidden(shown(a), shown(a + h)).length, `a = ${a}, h = ${h}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps a shown part with its percentage to the same uncertainty: the percentage comes from shown counts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_CELL, max: 400 }),
        fc.integer({ min: 1, max: MIN_CELL - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, h, partShare, hiddenShare) => {
          const x = Math.floor(a * partShare);
          const y = Math.floor(h * hiddenShare);
          const view = (whole: number, part: number) => {
            const w = shownCount(whole);
            const p = shownCount(part);
            return [w.value, p.value, shownPercent(p, w)];
          };
          // What the two views show for the group and its part, and for both with the hidden group.
          const seen = JSON.stringify([view(a, x), view(a + h, x + y)]);
          const sizes = new Set<number>();
          for (let h2 = 1; h2 < MIN_CELL; h2++) {
            search: for (let a2 = Math.max(MIN_CELL, a - ROUND_TO); a2 <= a + ROUND_TO; a2++) {
              for (let x2 = Math.max(0, x - ROUND_TO); x2 <= Math.min(a2, x + ROUND_TO); x2++) {
                for (let y2 = 0; y2 <= h2; y2++) {
                  if (JSON.stringify([view(a2, x2), view(a2 + h2, x2 + y2)]) === seen) {
                    sizes.add(h2);
                    break search;
                  }
                }
              }
            }
          }
          expect(sizes.has(h)).toBe(true);
          expect(sizes.size, `a = ${a}, part ${x}; h = ${h}, part ${y}`).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives percentages only of 10 or more, as whole numbers of the shown counts", () => {
    const f = (value: number | null): Figure => ({ value, suppressed: value === null });
    expect(shownPercent(f(15), f(45))).toBe(33);
    expect(shownPercent(f(0), f(10))).toBe(0);
    expect(shownPercent(f(null), f(45))).toBeNull();
    expect(shownPercent(f(5), f(null))).toBeNull();
    expect(shownPercent(f(0), f(0))).toBeNull();
  });
});
