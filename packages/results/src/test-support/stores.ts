import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, inject } from "vitest";
import { FacilitatorError } from "../facilitators/codes";
import { openResultsStore, type ResultsStore } from "../store";
import { FIXTURE_FACILITATOR_CODE } from "../test-fixtures";
import type { StoreOptions } from "../types";

type Cleanup = () => Promise<void> | void;

export interface StoreContext {
  dialect: "sqlite" | "postgres";
  /** Where a new, empty database lives: a temp SQLite file or a fresh PostgreSQL schema. */
  fresh(): Promise<StoreOptions>;
  /** Opens a store on `where` (a fresh database when omitted); closed after the test. */
  open(where?: StoreOptions): Promise<ResultsStore>;
}

/**
 * Runs the same tests against SQLite and PostgreSQL (on the server the global setup started).
 * Every store opened in a test is closed after it; databases are removed after the file.
 */
export function describeStores(name: string, body: (ctx: StoreContext) => void): void {
  describe.each(["sqlite", "postgres"] as const)(`${name} (%s)`, (dialect) => {
    const opened: ResultsStore[] = [];
    const cleanups: Cleanup[] = [];
    const fresh = () => (dialect === "sqlite" ? freshSqlite(cleanups) : freshPostgres());
    const open = async (where?: StoreOptions) => {
      const store = await openResultsStore(where ?? (await fresh()));
      opened.push(store);
      // The fixtures' village sessions carry this code; a store opened again already has it.
      await store
        .facilitators()
        .add("Fixture partner", FIXTURE_FACILITATOR_CODE)
        .catch((error: unknown) => {
          if (!(error instanceof FacilitatorError)) throw error;
        });
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });
    afterAll(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });
    body({ dialect, fresh, open });
  });
}

async function freshSqlite(cleanups: Cleanup[]): Promise<StoreOptions> {
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-results-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { file: path.join(dir, "results.sqlite") };
}

/** A new schema; the global setup drops them all when the run ends (see pg-global-setup.ts). */
async function freshPostgres(): Promise<StoreOptions> {
  const base = inject("pgUrl");
  const schema = `${inject("schemaPrefix")}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await query(base, `CREATE SCHEMA ${schema}`);
  return { databaseUrl: withSearchPath(base, schema) };
}

async function query(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The store's tables, and Kysely's migration tables, land in `schema`. */
export function withSearchPath(url: string, schema: string): string {
  // Spelled out with %20: URLSearchParams would write "+", which pg does not read as a space.
  return `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
