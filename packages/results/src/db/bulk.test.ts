import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { insertSubmissions, upsertRollups, type RollupRow } from "../ingest/specs";
import { migrateToLatest } from "../migrations/index";
import { describeStores } from "../test-support/stores";
import { BulkTemplates, chunkSizes, type BulkSpec } from "./bulk";
import { openDatabase, resolveTarget } from "./open";
import type { Database } from "./schema";

describe("chunkSizes", () => {
  it.each([0, 1, 7, 256, 257, 1000, 1023])("covers %i rows exactly, with few distinct shapes", (total) => {
    const sizes = chunkSizes(total, 256);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(sizes.every((s) => s === 256 || (s < 256 && Number.isInteger(Math.log2(s))))).toBe(true);
    expect(new Set(sizes.filter((s) => s < 256)).size).toBe(sizes.filter((s) => s < 256).length);
  });
});

describeStores("BulkTemplates", ({ dialect, fresh }) => {
  // Values a VALUES list passes as they are but a PostgreSQL array literal must escape.
  const awkward = ['{"a":[1,2]}', 'say "hi"', "back\\slash", "NULL", "", "comma, brace } { quote ' done", "jalan-jalan ke Malaysia 🇲🇾"];

  async function withDb<T>(run: (db: Kysely<Database>, bulk: BulkTemplates) => Promise<T>): Promise<T> {
    const { db } = openDatabase(resolveTarget(await fresh()));
    try {
      await migrateToLatest(db as Kysely<unknown>, dialect);
      return await run(db, new BulkTemplates(dialect));
    } finally {
      await db.destroy();
    }
  }

  it("inserts 700 rows with awkward strings and nulls unchanged, returning each new id once", async () => {
    const rows = Array.from({ length: 700 }, (_, i) => ({ i, text: awkward[i % awkward.length]!, province: i % 3 ? `P${i}` : null }));
    const spec: BulkSpec<(typeof rows)[number]> = {
      ...insertSubmissions,
      push: (r, p) => p.push(`id-${r.i}`, r.text, "quiz", r.i, "id", "solo", r.province, 1, "2026-11-23", r.text, null, null),
    };
    await withDb(async (db, bulk) => {
      const first = await db.transaction().execute((trx) => bulk.run<(typeof rows)[number], { id: string }>(trx, spec, rows));
      expect(first.map((r) => r.id).sort()).toEqual(rows.map((r) => `id-${r.i}`).sort());
      // Run again: every id is taken, so nothing is inserted or returned.
      const again = await db.transaction().execute((trx) => bulk.run<(typeof rows)[number], { id: string }>(trx, spec, rows));
      expect(again).toEqual([]);
      const stored = await db.selectFrom("submissions").select(["id", "content_hash", "answers", "province", "quiz_version"]).execute();
      const byId = new Map(stored.map((s) => [s.id, s]));
      for (const r of rows) {
        const s = byId.get(`id-${r.i}`);
        expect(s).toEqual({ id: `id-${r.i}`, content_hash: r.text, answers: r.text, province: r.province, quiz_version: r.i });
      }
    });
  });

  it("adds counters to 1,100 rollup rows, creating them once and updating them after", async () => {
    await withDb(async (db, bulk) => {
      const [cell] = await db.insertInto("cells").values({ day: "2026-11-23", quiz_id: "q", lang: "id", mode: "solo", province: "P", submissions: 0, people: 0 }).returning("id").execute();
      const items = await db
        .insertInto("items")
        .values(Array.from({ length: 1_100 }, (_, i) => ({ quiz_id: "q", question_id: `q${i}`, kind: "outcome", key: "" })))
        .returning("id")
        .execute();
      const rows: RollupRow[] = items.map((item, i) => [Number(cell!.id), Number(item.id), i, 1, 2, 3]);
      for (let round = 0; round < 2; round++) await db.transaction().execute((trx) => bulk.run(trx, upsertRollups, rows));
      const stored = await db.selectFrom("rollups").select(["item_id", "a", "b", "c", "d"]).orderBy("item_id").execute();
      expect(stored.map((r) => [Number(r.item_id), Number(r.a), Number(r.b), Number(r.c), Number(r.d)])).toEqual(rows.map(([, item, a]) => [item, 2 * a, 2, 4, 6]));
    });
  });
});
