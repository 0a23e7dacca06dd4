import { describe, expect, it } from "vitest";
import { chunkSizes } from "./bulk";

describe("chunkSizes", () => {
  it.each([0, 1, 7, 256, 257, 1000, 1023])("covers %i rows exactly, with few distinct shapes", (total) => {
    const sizes = chunkSizes(total, 256);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(sizes.every((s) => s === 256 || (s < 256 && Number.isInteger(Math.log2(s))))).toBe(true);
    expect(new Set(sizes.filter((s) => s < 256)).size).toBe(sizes.filter((s) => s < 256).length);
  });
});
