import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

const MAX_STATEMENTS = 256;

/**
 * better-sqlite3 as Kysely's SqliteDialect wants it, keeping prepared statements by SQL text.
 * Kysely prepares every query afresh; our queries repeat a few shapes thousands of times a
 * second, and parsing a 500-row upsert again each time costs more than running it.
 */
export class CachingSqliteDatabase implements SqliteDatabase {
  readonly #raw: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(raw: BetterSqlite3.Database) {
    this.#raw = raw;
  }

  prepare(sql: string): SqliteStatement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Re-insert so the Map's order is least recently used first.
      this.#statements.delete(sql);
    } else {
      statement = this.#raw.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
    }
    this.#statements.set(sql, statement);
    return statement as unknown as SqliteStatement;
  }

  close(): void {
    this.#statements.clear();
    this.#raw.close();
  }
}
