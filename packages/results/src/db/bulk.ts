import { CompiledQuery, sql, type Compilable, type InsertQueryBuilder, type InsertResult, type Kysely, type Transaction } from "kysely";
import type { DialectName } from "./dialect-name";
import type { Database } from "./schema";

/** Gives an INSERT its rows: a VALUES list on SQLite, one unnest() of column arrays on PostgreSQL. */
export type RowSource = <TB extends keyof Database>(
  insert: InsertQueryBuilder<Database, TB, InsertResult>,
) => InsertQueryBuilder<Database, TB, InsertResult>;

/**
 * A multi-row statement built once by Kysely and then reused with new parameters. Kysely spends
 * longer parsing and compiling a 500-row VALUES list than SQLite spends running it, and ingestion
 * runs the same few shapes all day.
 */
export interface BulkSpec<Row> {
  name: string;
  columns: readonly string[];
  /** Each column's PostgreSQL type, for the unnest() form. */
  pgTypes: readonly string[];
  /** Rows per statement on SQLite (PostgreSQL takes every row in one statement). */
  maxRows: number;
  /** The statement whose rows come from `rows`, with values for these columns, in this order. */
  build(db: Kysely<Database>, rows: RowSource): Compilable;
  /** Appends one row's values, in `columns` order. */
  push(row: Row, params: unknown[]): void;
}

/**
 * Compiled SQL per statement (and, on SQLite, per row count); one per store.
 *
 * On PostgreSQL a statement takes one array per column and unnest()s them into rows, so its text
 * and plan are the same whatever the row count, and there is one round trip. Measured against a
 * 512-row VALUES list on a rollups-shaped table with its foreign keys: 33.6 → 24.0 µs a row for
 * inserts, 22.1 → 10.6 µs for updates (a one-off script, local PostgreSQL 15).
 */
export class BulkTemplates {
  readonly #sql = new Map<string, string>();
  readonly #dialect: DialectName;

  constructor(dialect: DialectName) {
    this.#dialect = dialect;
  }

  sql(db: Kysely<Database>, spec: BulkSpec<never>, rows: number): string {
    const unnest = this.#dialect === "postgres";
    const key = unnest ? spec.name : `${spec.name}:${rows}`;
    let text = this.#sql.get(key);
    if (text === undefined) {
      let source: RowSource;
      let parameters: number;
      if (unnest) {
        if (spec.pgTypes.length !== spec.columns.length) throw new Error(`Internal error: ${spec.name} needs one type per column`);
        const arrays = spec.pgTypes.map((type) => sql`${[]}::${sql.raw(type)}[]`);
        const select = sql`select * from unnest(${sql.join(arrays)})`;
        source = (insert) => insert.columns(spec.columns as never).expression(select as never);
        parameters = spec.columns.length;
      } else {
        const placeholder = Object.fromEntries(spec.columns.map((c) => [c, 0]));
        const values = Array.from({ length: rows }, () => placeholder);
        source = (insert) => insert.values(values as never);
        parameters = rows * spec.columns.length;
      }
      const compiled = spec.build(db, source).compile();
      if (compiled.parameters.length !== parameters) {
        throw new Error(`Internal error: ${spec.name} does not take one parameter per value`);
      }
      text = compiled.sql;
      this.#sql.set(key, text);
    }
    return text;
  }

  /** Runs `rows` through the statement and returns every row it returned. */
  async run<Row, Out>(trx: Transaction<Database>, spec: BulkSpec<Row>, rows: readonly Row[]): Promise<Out[]> {
    if (this.#dialect === "postgres") return rows.length ? this.#runColumns(trx, spec, rows) : [];
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

  /** PostgreSQL: every row in one statement, as one array per column. */
  async #runColumns<Row, Out>(trx: Transaction<Database>, spec: BulkSpec<Row>, rows: readonly Row[]): Promise<Out[]> {
    const flat: unknown[] = [];
    for (const row of rows) spec.push(row, flat);
    const width = spec.columns.length;
    const arrays = spec.columns.map((_, c) => {
      const column = new Array<unknown>(rows.length);
      for (let i = 0; i < rows.length; i++) column[i] = flat[i * width + c];
      return column;
    });
    const text = this.sql(trx, spec as BulkSpec<never>, rows.length);
    return (await trx.executeQuery<Out>(CompiledQuery.raw(text, arrays))).rows;
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
