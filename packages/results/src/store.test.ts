import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { SubmissionConflictError, SubmissionInvalidError } from "./errors";
import { fixtureCatalogue as catalogue, group, solo } from "./test-fixtures";
import { describeStores } from "./test-support/stores";
import { openDatabase, resolveTarget } from "./db/open";
import { createMigrator, migrateToLatest } from "./migrations/index";
import { CountsSum } from "./ingest/counts-codec";
import { sql, type Kysely } from "kysely";

describeStores("submit", ({ open, dialect }) => {
  it("reports its dialect and starts empty", async () => {
    const store = await open();
    expect(store.dialect).toBe(dialect);
    expect(await store.count()).toBe(0);
  });

  it("stores a new submission, then answers duplicate for the same content", async () => {
    const store = await open();
    const sub = solo();
    expect(await store.submit(sub, catalogue)).toEqual({ status: "stored" });
    expect(await store.submit(structuredClone(sub), catalogue)).toEqual({ status: "duplicate" });
    expect(await store.count()).toBe(1);
    expect(await store.has(sub.id)).toBe(true);
    expect(await store.has(randomUUID())).toBe(false);
  });

  it("treats reordered object keys as the same content", async () => {
    const store = await open();
    const sub = solo();
    await store.submit(sub, catalogue);
    const reordered = Object.fromEntries(Object.entries(sub).reverse());
    expect(await store.submit(reordered, catalogue)).toEqual({ status: "duplicate" });
  });

  it("refuses the same id with other content and keeps the first", async () => {
    const store = await open();
    const sub = solo();
    await store.submit(sub, catalogue);
    const other = { ...sub, lang: "en" };
    await expect(store.submit(other, catalogue)).rejects.toBeInstanceOf(SubmissionConflictError);
    expect(await store.count()).toBe(1);
    const [dumped] = await fromAsync(store.dump());
    expect(dumped?.lang).toBe("id");
  });

  it("counts a retried submission once in the aggregates", async () => {
    const store = await open();
    const sub = group(12, { a: 2, b: 9, c: 1 });
    for (let i = 0; i < 3; i++) await store.submit(sub, catalogue);
    const { total } = await store.aggregates();
    expect(total.submissions.value).toBe(1);
    expect(total.people.value).toBe(12);
  });

  it("stores nothing for an invalid submission", async () => {
    const store = await open();
    await expect(store.submit({ ...solo(), headCount: 2 }, catalogue)).rejects.toBeInstanceOf(SubmissionInvalidError);
    expect(await store.count()).toBe(0);
  });

  it("runs concurrent submissions of one id to exactly one stored", async () => {
    const store = await open();
    const sub = solo();
    const results = await Promise.all(Array.from({ length: 8 }, () => store.submit(structuredClone(sub), catalogue)));
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(7);
    expect((await store.aggregates()).total.submissions.value).toBeNull(); // 1 person: suppressed
    expect(await store.count()).toBe(1);
  });
});

describeStores("migrations", ({ fresh, open }) => {
  it("apply once, then are a no-op on every later open or migrate", async () => {
    const where = await fresh();
    const target = resolveTarget(where);
    const { db, dialect } = openDatabase(target);
    try {
      expect((await migrateToLatest(db as Kysely<unknown>, dialect)).applied).toEqual(["0001-initial", "0002-cell-counts"]);
      expect((await migrateToLatest(db as Kysely<unknown>, dialect)).applied).toEqual([]);
    } finally {
      await db.destroy();
    }
    const first = await open(where);
    await first.submit(solo(), catalogue);
    await first.close();
    const again = await open(where);
    expect(await again.count()).toBe(1);
  });
});

describeStores("migration 0002 (cell counters)", ({ fresh, dialect }) => {
  it("moves every cell's rollup rows into its counters, then drops the rollups", async () => {
    const { db } = openDatabase(resolveTarget(await fresh()));
    const raw = db as Kysely<unknown>;
    try {
      const migrator = await createMigrator(raw, dialect);
      expect((await migrator.migrateTo("0001-initial")).error).toBeUndefined();
      await sql`insert into items (quiz_id, question_id, kind, key) values ('q', 's', 'q', ''), ('q', 's', 'o', 'a'), ('q', '', 'f', 'rf01')`.execute(raw);
      await sql`insert into cells (day, quiz_id, lang, mode, province, submissions, people) values
        ('2025-01-01', 'q', 'id', 'solo', '-', 12, 12), ('2025-01-02', 'q', 'id', 'solo', '-', 3, 3)`.execute(raw);
      // Item 2 of cell 1 is all zero, so it is left out; cell 2 has no rollups at all.
      await sql`insert into rollups (cell_id, item_id, a, b, c, d) values
        (1, 3, 7, 5, 7, 5), (1, 1, 12, 9, 1, 2), (1, 2, 0, 0, 0, 0)`.execute(raw);
      expect((await migrateToLatest(raw, dialect)).applied).toEqual(["0002-cell-counts"]);
      const cells = (
        await sql<{ counts: Buffer | null }>`select counts from cells left join cell_counts on cell_counts.cell_id = cells.id order by cells.id`.execute(raw)
      ).rows;
      const decoded = cells.map((cell) => {
        const sum = new CountsSum();
        sum.addEncoded(cell.counts);
        return sum.entries();
      });
      expect(decoded).toEqual([
        [
          [1, [12, 9, 1, 2]],
          [3, [7, 5, 7, 5]],
        ],
        [],
      ]);
      await expect(sql`select count(*) from rollups`.execute(raw)).rejects.toThrow();
    } finally {
      await db.destroy();
    }
  });
});

async function fromAsync<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
