import { describe, expect, it } from "vitest";
import { LinearSystem } from "./linear-system";
import { MIN_CELL, suppress } from "./suppress";

function system(total: number, parts: number[]) {
  const s = new LinearSystem();
  const t = s.variable(total);
  const p = parts.map((v) => s.variable(v));
  s.sum(t, p);
  return { s, t, p };
}

describe("suppress", () => {
  it("hides 1..9 and shows 0 and 10+", () => {
    const s = new LinearSystem();
    const vars = [0, 1, 9, 10, 250].map((v) => s.variable(v));
    expect(vars.map((v) => suppress(s)[v])).toEqual([false, true, true, false, false]);
    expect(MIN_CELL).toBe(10);
  });

  it("hides the next smallest part when one part of a shown total is hidden", () => {
    const { s, t, p } = system(60, [3, 12, 45, 0]);
    const hidden = suppress(s);
    expect(p.map((v) => hidden[v])).toEqual([true, true, false, false]);
    expect(hidden[t]).toBe(false);
  });

  it("needs no second cell when two parts are already hidden", () => {
    const { s, p } = system(50, [3, 4, 43]);
    expect(p.map((v) => suppress(s)[v])).toEqual([true, true, false]);
  });

  it("hides a total built from fewer than 10 people together with its parts", () => {
    const { s, t, p } = system(7, [3, 4]);
    const hidden = suppress(s);
    expect(hidden[t]).toBe(true);
    expect(p.every((v) => hidden[v])).toBe(true);
  });

  it("closes a leak that only a combination of sums opens", () => {
    // subtotal = a + b and total = a + b + z + w: every sum has two or more unknowns, yet
    // total - subtotal = z + w gives z away once w is shown. Hiding w closes it.
    const s = new LinearSystem();
    const [subtotal, a, b, total, z, w] = [11, 3, 8, 50, 5, 34].map((v) => s.variable(v)) as number[];
    s.sum(subtotal!, [a!, b!]);
    s.sum(total!, [a!, b!, z!, w!]);
    const hidden = suppress(s);
    expect([subtotal, a, b, total, z, w].map((v) => hidden[v!])).toEqual([false, true, true, false, true, true]);
  });

  it("treats unpublished links as unknown but never as something to hide", () => {
    // A story: reached(s2) is never published; answering = keep + handOver, reached = keep = call + wait.
    const s = new LinearSystem();
    const [answering, keep, handOver, call, wait] = [40, 35, 5, 30, 5].map((v) => s.variable(v)) as number[];
    const reached = s.variable(35, false);
    s.sum(answering!, [keep!, handOver!]);
    s.sum(reached, [call!, wait!]);
    s.sum(reached, [keep!]);
    const hidden = suppress(s);
    expect(hidden[reached]).toBe(false);
    expect([handOver, wait].every((v) => hidden[v!])).toBe(true);
    // keep (35) would give both wait = keep - call and handOver = answering - keep away.
    expect(hidden[keep!]).toBe(true);
  });
});
