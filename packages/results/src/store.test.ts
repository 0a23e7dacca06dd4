import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { SubmissionConflictError, SubmissionInvalidError } from "./errors";
import { fixtureCatalogue as catalogue, group, solo } from "./test-fixtures";
import { describeStores } from "./test-support/stores";
import { openDatabase, resolveTarget } from "./db/open";
import { migrateToLatest, migrations } from "./migrations/index";
import type { Kysely } from "kysely";

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
    // Once: 12 people, shown as 10 (three times would be 36, shown as 35); one submission reads "fewer than 10".
    expect(await store.count()).toBe(1);
    expect(total.submissions).toEqual({ value: null, suppressed: true });
    expect(total.people.value).toBe(10);
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
      expect((await migrateToLatest(db as Kysely<unknown>, dialect)).applied).toEqual(Object.keys(migrations(dialect)));
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

async function fromAsync<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
