import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Migrator, type Kysely } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./db/open";
import { SubmissionInvalidError } from "./errors";
import { migrationProvider } from "./migrations/index";
import { openResultsStore } from "./store";
import { fixtureCatalogue as catalogue, solo } from "./test-fixtures";
import { describeStores } from "./test-support/stores";

// What the stored data must not reveal beyond what it holds: the order results arrived in, to
// anyone who can read the file; and the file itself only to its owner.

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-privacy-"));
  dirs.push(dir);
  return path.join(dir, "results.sqlite");
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Spearman's rank correlation between arrival order and the byte offset of each id in the file. */
function orderCorrelation(file: string, idsInArrivalOrder: string[]): number {
  const bytes = readFileSync(file);
  const offsets = idsInArrivalOrder.map((id) => bytes.indexOf(Buffer.from(id)));
  expect(offsets.every((o) => o >= 0)).toBe(true);
  const ranks = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const rankOf = new Array<number>(offsets.length);
  ranks.forEach(([, i], r) => (rankOf[i] = r));
  const n = offsets.length;
  const d2 = rankOf.reduce((sum, r, i) => sum + (r - i) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describe("the SQLite file keeps no arrival order", () => {
  it("stores rows by their random id: the file's physical order does not follow arrival", async () => {
    const file = tempFile();
    const store = await openResultsStore({ file });
    const ids: string[] = [];
    for (let i = 0; i < 400; i++) {
      const sub = solo();
      ids.push(sub.id);
      await store.submit(sub, catalogue);
    }
    await store.close(); // the last connection checkpoints the WAL into the file
    expect(Math.abs(orderCorrelation(file, ids))).toBeLessThan(0.3);
    const db = new BetterSqlite3(file, { readonly: true });
    const { sql } = db.prepare("select sql from sqlite_master where name = 'submissions'").get() as { sql: string };
    db.close();
    expect(sql.toLowerCase()).toContain("without rowid");
  });

  it("migration 0002 moves existing rows out of arrival order and keeps every one", async () => {
    const file = tempFile();
    // A database as 0001 left it, filled in arrival order (rowid table).
    const { db, dialect } = openDatabase({ dialect: "sqlite", file });
    const migrator = new Migrator({ db: db as Kysely<unknown>, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo("0001-initial")).error).toBeUndefined();
    const ids = Array.from({ length: 400 }, () => randomUUID());
    for (const id of ids) {
      await db
        .insertInto("submissions")
        .values({ id, content_hash: "h", quiz_id: "q", quiz_version: 1, lang: "id", mode: "solo", province: null, head_count: 1, day: "2026-01-01", answers: "[]" })
        .execute();
    }
    await db.destroy();
    // What the attack saw: the rowid numbers rows as they arrived.
    const before = new BetterSqlite3(file, { readonly: true });
    expect((before.prepare("select id from submissions order by rowid").all() as { id: string }[]).map((r) => r.id)).toEqual(ids);
    before.close();

    const store = await openResultsStore({ file });
    expect(await store.count()).toBe(ids.length);
    const dumped: string[] = [];
    for await (const row of store.dump()) dumped.push(row.id);
    expect(dumped).toEqual([...ids].sort());
    await store.close();
    expect(Math.abs(orderCorrelation(file, ids))).toBeLessThan(0.3);
    // And the old pages, which held the rows in arrival order, are gone (vacuumed): each id is in the file once.
    const bytes = readFileSync(file);
    for (const id of ids) expect(bytes.indexOf(Buffer.from(id))).toBe(bytes.lastIndexOf(Buffer.from(id)));
  });

  it("creates the database, its WAL and shared-memory files readable by their owner only", async () => {
    const file = tempFile();
    const store = await openResultsStore({ file });
    await store.submit(solo(), catalogue);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect((statSync(f).mode & 0o777).toString(8), f).toBe("600");
    expect((statSync(path.dirname(file)).mode & 0o077).toString(8)).toBe("0");
    await store.close();
  });
});

describeStores("ids", ({ open }) => {
  it("refuses the all-zero UUID and UUIDs that are not random (v4)", async () => {
    const store = await open();
    for (const id of [
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "6ba7b810-9dad-11d1-80b4-00c04fd430c8", // v1: time and node
      "0190e1a4-7c2b-7def-8c3a-1b2c3d4e5f60", // v7: time
      "3f2504e0-4f89-41d3-0a0c-0305e82c3301", // v4 digit but not the RFC variant
    ]) {
      await expect(store.submit(solo({ id }), catalogue)).rejects.toBeInstanceOf(SubmissionInvalidError);
    }
    expect(await store.count()).toBe(0);
    await store.ping();
  });
});
