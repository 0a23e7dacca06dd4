import { endianness } from "node:os";

/**
 * A cell's item counters as one value (decision 008): for every item the cell has counted, five
 * 32-bit little-endian integers: item id, a, b, c, d, sorted by item id, no item twice, no
 * all-zero item. What a, b, c, d mean depends on the item's kind (see items.ts).
 */
export const ENTRY_INTS = 5;
const ENTRY_BYTES = 4 * ENTRY_INTS;
const MAX_COUNT = 2 ** 31 - 1;
/** Int32Array reads and writes in the machine's order; on a big-endian machine, go through DataView. */
const NATIVE_LE = endianness() === "LE";

/** Sparse counters being summed, by item id. */
export class CountsSum {
  readonly #slot = new Map<number, number>();
  readonly #ids: number[] = [];
  #values = new Float64Array(4 * 64);
  #ascending = true;

  /** Adds four counters to an item. */
  add(itemId: number, a: number, b: number, c: number, d: number): void {
    let slot = this.#slot.get(itemId);
    if (slot === undefined) {
      slot = this.#ids.length;
      if (slot > 0 && itemId < this.#ids[slot - 1]!) this.#ascending = false;
      this.#ids.push(itemId);
      this.#slot.set(itemId, slot);
      if (4 * slot + 4 > this.#values.length) {
        const grown = new Float64Array(this.#values.length * 2);
        grown.set(this.#values);
        this.#values = grown;
      }
    }
    const v = this.#values;
    const at = 4 * slot;
    v[at]! += a;
    v[at + 1]! += b;
    v[at + 2]! += c;
    v[at + 3]! += d;
  }

  /** Adds an encoded value (from the database) to the sum. */
  addEncoded(bytes: Uint8Array | null | undefined): void {
    if (!bytes || bytes.length === 0) return;
    if (bytes.length % ENTRY_BYTES !== 0) throw new Error(`Corrupt cell counters: ${bytes.length} bytes`);
    if (NATIVE_LE) {
      // An Int32Array view needs 4-byte alignment; pooled buffers may not have it.
      const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
      const ints = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
      for (let o = 0; o < ints.length; o += ENTRY_INTS) this.add(ints[o]!, ints[o + 1]!, ints[o + 2]!, ints[o + 3]!, ints[o + 4]!);
      return;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let o = 0; o < bytes.length; o += ENTRY_BYTES) {
      this.add(view.getInt32(o, true), view.getInt32(o + 4, true), view.getInt32(o + 8, true), view.getInt32(o + 12, true), view.getInt32(o + 16, true));
    }
  }

  /** Every item with its four counters, by item id. */
  entries(): [number, [number, number, number, number]][] {
    const v = this.#values;
    return this.#order().map((slot) => [this.#ids[slot]!, [v[4 * slot]!, v[4 * slot + 1]!, v[4 * slot + 2]!, v[4 * slot + 3]!]]);
  }

  /** The encoded value: sorted by item id, all-zero items left out. */
  encode(): Buffer {
    const v = this.#values;
    const order = this.#order().filter((slot) => v[4 * slot] || v[4 * slot + 1] || v[4 * slot + 2] || v[4 * slot + 3]);
    // Buffer.alloc is never pooled: its own ArrayBuffer, offset 0, so aligned for Int32Array.
    const out = Buffer.alloc(order.length * ENTRY_BYTES);
    const ints = new Int32Array(order.length * ENTRY_INTS);
    let o = 0;
    for (const slot of order) {
      ints[o++] = this.#ids[slot]!;
      for (let i = 0; i < 4; i++) {
        const n = v[4 * slot + i]!;
        if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) throw new Error(`Cell counter out of range for item ${this.#ids[slot]}: ${n}`);
        ints[o++] = n;
      }
    }
    if (NATIVE_LE) out.set(new Uint8Array(ints.buffer));
    else for (let i = 0; i < ints.length; i++) out.writeInt32LE(ints[i]!, 4 * i);
    return out;
  }

  #order(): number[] {
    const slots = this.#ids.map((_, slot) => slot);
    return this.#ascending ? slots : slots.sort((x, y) => this.#ids[x]! - this.#ids[y]!);
  }
}
