import { describe, expect, it } from "vitest";
import { CountsSum } from "./counts-codec";

describe("cell counters", () => {
  it("sums by item id, encodes sorted by id without all-zero items, and decodes back", () => {
    const sum = new CountsSum();
    sum.add(9, 1, 0, 0, 1);
    sum.add(2, 5, 4, 0, 1);
    sum.add(7, 0, 0, 0, 0);
    sum.add(9, 2, 1, 0, 1);
    const encoded = sum.encode();
    expect(encoded.length).toBe(2 * 20);
    expect(encoded.readInt32LE(0)).toBe(2);
    expect(encoded.readInt32LE(20)).toBe(9);
    const back = new CountsSum();
    back.addEncoded(encoded);
    back.addEncoded(encoded);
    expect(back.entries()).toEqual([
      [2, [10, 8, 0, 2]],
      [9, [6, 2, 0, 4]],
    ]);
  });

  it("reads a value that does not start on a 4-byte boundary", () => {
    const sum = new CountsSum();
    sum.add(3, 1, 2, 3, 4);
    const padded = Buffer.concat([Buffer.from([0]), sum.encode()]).subarray(1);
    expect(padded.byteOffset % 4).not.toBe(0);
    const back = new CountsSum();
    back.addEncoded(padded);
    expect(back.entries()).toEqual([[3, [1, 2, 3, 4]]]);
  });

  it("grows past its first allocation", () => {
    const sum = new CountsSum();
    for (let id = 500; id > 0; id--) sum.add(id, id, 0, 0, 0);
    const back = new CountsSum();
    back.addEncoded(sum.encode());
    expect(back.entries()).toHaveLength(500);
    expect(back.entries()[0]).toEqual([1, [1, 0, 0, 0]]);
  });

  it("refuses a corrupt value and a counter out of range", () => {
    expect(() => new CountsSum().addEncoded(Buffer.alloc(21))).toThrow(/Corrupt/);
    const big = new CountsSum();
    big.add(1, 2 ** 31, 0, 0, 0);
    expect(() => big.encode()).toThrow(/out of range/);
  });
});
