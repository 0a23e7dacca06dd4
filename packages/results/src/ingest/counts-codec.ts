/**
 * A cell's item counters as one value (decision 008): for every item the cell has counted, five
 * 32-bit little-endian integers: item id, a, b, c, d, sorted by item id, no item twice, no
 * all-zero item. What a, b, c, d mean depends on the item's kind (see items.ts).
 */
export const ENTRY_BYTES = 20;
const MAX_COUNT = 2 ** 31 - 1;

/** Sparse counters being summed: item id -> offset of its four counters in `values`. */
export class CountsSum {
  readonly #at = new Map<number, number>();
  #values = new Float64Array(64 * 4);

  /** Adds four counters to an item. */
  add(itemId: number, a: number, b: number, c: number, d: number): void {
    let at = this.#at.get(itemId);
    if (at === undefined) {
      at = this.#at.size * 4;
      if (at + 4 > this.#values.length) {
        const grown = new Float64Array(this.#values.length * 2);
        grown.set(this.#values);
        this.#values = grown;
      }
      this.#at.set(itemId, at);
    }
    const v = this.#values;
    v[at]! += a;
    v[at + 1]! += b;
    v[at + 2]! += c;
    v[at + 3]! += d;
  }

  /** Adds an encoded value (from the database) to the sum. */
  addEncoded(bytes: Uint8Array | null | undefined): void {
    if (!bytes || bytes.length === 0) return;
    if (bytes.length % ENTRY_BYTES !== 0) throw new Error(`Corrupt cell counters: ${bytes.length} bytes`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let o = 0; o < bytes.length; o += ENTRY_BYTES) {
      this.add(view.getInt32(o, true), view.getInt32(o + 4, true), view.getInt32(o + 8, true), view.getInt32(o + 12, true), view.getInt32(o + 16, true));
    }
  }

  /** Every item with its four counters, by item id. */
  entries(): [number, [number, number, number, number]][] {
    const v = this.#values;
    return [...this.#at]
      .sort((x, y) => x[0] - y[0])
      .map(([id, at]) => [id, [v[at]!, v[at + 1]!, v[at + 2]!, v[at + 3]!]]);
  }

  /** The encoded value: sorted by item id, all-zero items left out. */
  encode(): Buffer {
    const entries = this.entries().filter(([, c]) => c[0] || c[1] || c[2] || c[3]);
    const out = Buffer.alloc(entries.length * ENTRY_BYTES);
    let o = 0;
    for (const [id, counts] of entries) {
      out.writeInt32LE(id, o);
      for (let i = 0; i < 4; i++) {
        const n = counts[i]!;
        if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) throw new Error(`Cell counter out of range for item ${id}: ${n}`);
        out.writeInt32LE(n, o + 4 + 4 * i);
      }
      o += ENTRY_BYTES;
    }
    return out;
  }
}
