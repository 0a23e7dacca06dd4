import { CompiledQuery, type Compilable, type Kysely, type Transaction } from "kysely";
import type { Database } from "./schema";

/**
 * A multi-row statement built once by Kysely for each row count and then reused with new
 * parameters. Kysely spends longer parsing and compiling a 500-row VALUES list than SQLite
 * spends running it, and ingestion runs the same few shapes all day.
 */
export interface BulkSpec<Row> {
  name: string;
  columns: readonly string[];
  maxRows: number;
  /** The statement for `rows` rows whose values are these columns, in this order. */
  build(db: Kysely<Database>, rows: Record<string, number>[]): Compilable;
  /** Appends one row's values, in `columns` order. */
  push(row: Row, params: unknown[]): void;
}

/** Compiled SQL per statement and row count; one per store, since the SQL depends on the dialect. */
export class BulkTemplates {
  readonly #sql = new Map<string, string>();

  sql(db: Kysely<Database>, spec: BulkSpec<never>, rows: number): string {
    const key = `${spec.name}:${rows}`;
    let text = this.#sql.get(key);
    if (text === undefined) {
      const placeholder = Object.fromEntries(spec.columns.map((c) => [c, 0]));
      const compiled = spec.build(db, Array.from({ length: rows }, () => placeholder)).compile();
      if (compiled.parameters.length !== rows * spec.columns.length) {
        throw new Error(`Internal error: ${spec.name} does not take one parameter per value`);
      }
      text = compiled.sql;
      this.#sql.set(key, text);
    }
    return text;
  }

  /** Runs `rows` through the statement in chunks and returns every row it returned. */
  async run<Row, Out>(trx: Transaction<Database>, spec: BulkSpec<Row>, rows: readonly Row[]): Promise<Out[]> {
    const out: Out[] = [];
    let at = 0;
    for (const size of chunkSizes(rows.length, spec.maxRows)) {
      const params: unknown[] = [];
      for (let i = at; i < at + size; i++) spec.push(rows[i]!, params);
      at += size;
      const sql = this.sql(trx, spec as BulkSpec<never>, size);
      const result = await trx.executeQuery<Out>(CompiledQuery.raw(sql, params));
      out.push(...result.rows);
    }
    return out;
  }
}

/** Full chunks, then the rest as powers of two: at most log2(max) + 1 shapes per statement. */
export function chunkSizes(total: number, max: number): number[] {
  const sizes: number[] = [];
  let left = total;
  for (; left >= max; left -= max) sizes.push(max);
  for (let size = 2 ** Math.floor(Math.log2(max)); size >= 1; size /= 2) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}
