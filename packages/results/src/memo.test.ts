import { describe, expect, it } from "vitest";
import { boundedMemo } from "./memo";

describe("boundedMemo", () => {
  it("computes a key once per owner, and past its limit computes without keeping", () => {
    const memo = boundedMemo<object, string[]>(2);
    const [one, two] = [{}, {}];
    let calls = 0;
    const compute = (key: string) => () => {
      calls += 1;
      return [key];
    };
    expect(memo(one, "a", compute("a"))).toEqual(["a"]);
    expect(memo(one, "a", compute("a"))).toEqual(["a"]);
    expect(calls).toBe(1);
    memo(two, "a", compute("a"));
    expect(calls).toBe(2);
    memo(one, "b", compute("b"));
    memo(one, "c", compute("c"));
    memo(one, "c", compute("c"));
    expect(calls).toBe(5);
    memo(one, "b", compute("b"));
    expect(calls).toBe(5);
  });
});
