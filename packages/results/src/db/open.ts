import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { StoreOptions } from "../types";
import type { DialectName } from "./dialect-name";
import type { Database } from "./schema";
import { CachingSqliteDatabase } from "./statement-cache";

export type Target = { dialect: "postgres"; url: string } | { dialect: "sqlite"; file: string };

/**
 * Options first, then DATABASE_URL / DB_FILE from the environment. The app's default file lives in
 * its settings (apps/web/settings.mjs); the store itself never guesses a path.
 */
export function resolveTarget(opts: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Target {
  const url = opts.databaseUrl ?? (opts.file === undefined ? env.DATABASE_URL || undefined : undefined);
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL must be a postgres:// URL; leave it unset to use SQLite (DB_FILE).");
    }
    return { dialect: "postgres", url };
  }
  const file = opts.file ?? (env.DB_FILE || undefined);
  if (file === undefined) throw new Error("No database named: set DB_FILE (a SQLite file) or DATABASE_URL (postgres://).");
  return { dialect: "sqlite", file };
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
}

export function openDatabase(target: Target): OpenedDatabase {
  if (target.dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on("error", (error) => console.error(`results: idle PostgreSQL client failed: ${error.message}`));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres" };
  }
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(target.file) }) }), dialect: "sqlite" };
}

function openSqlite(file: string): CachingSqliteDatabase {
  if (file !== ":memory:") ownerOnly(file);
  const raw = new BetterSqlite3(file);
  try {
    // WAL lets readers work while one writer commits; FULL syncs the WAL on every commit, so an
    // acknowledged result survives power loss, not only a crash (better-sqlite3 defaults to NORMAL).
    const mode = raw.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal" && file !== ":memory:") throw new Error(`SQLite refused WAL mode (got ${String(mode)})`);
    raw.pragma("synchronous = FULL");
    raw.pragma("busy_timeout = 5000");
    // 64 MB of page cache instead of SQLite's 2 MB: the rollup and id indexes of a campaign-sized
    // database stay in memory; restore of 100,000 rows went from ~4,900 to ~6,900 rows/s
    // (npm run bench -w @waspada/results).
    raw.pragma("cache_size = -65536");
    raw.pragma("foreign_keys = ON");
    // Deleted rows (voided village sessions) are overwritten, not left readable in free pages.
    raw.pragma("secure_delete = ON");
  } catch (error) {
    raw.close();
    throw error;
  }
  return new CachingSqliteDatabase(raw);
}

/**
 * The database file is readable by its owner only (0600), made so before SQLite opens it: SQLite
 * gives its -wal and -shm files the main file's mode. A new data folder is 0700. An existing
 * file from before is narrowed to 0600 too.
 */
function ownerOnly(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}
