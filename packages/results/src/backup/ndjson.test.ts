import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { SubmissionConflictError } from "../errors";
import type { ResultsStore } from "../store";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";
import type { StoredSubmission } from "../types";
import { readDump, writeDump } from "./ndjson";

async function dumpText(store: ResultsStore): Promise<string> {
  let text = "";
  await writeDump(store, (chunk) => (text += chunk));
  return text;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const rows: StoredSubmission[] = [
  { ...solo({ province: "ID-PD" }), day: "2025-03-01" },
  { ...solo({ lang: "en", answers: [{ questionId: "story-passport", selected: ["keep"] }] }), day: "2025-03-01" },
  { ...solo({ answers: [{ questionId: "salary", selected: [] }] }), day: "2025-02-27" },
  {
    // A dump carries no facilitator code (the store keeps only the code's row).
    ...group(40, {}, { facilitatorCode: undefined, answers: [{ questionId: "story-passport", selected: ["keep", "wait"], present: 40, counts: { "s1/keep": 30, "s2/wait": 12 } }] }),
    day: "2025-03-02",
  },
  ...Array.from({ length: 30 }, (_, i) => ({ ...solo(), day: `2025-03-${String(10 + (i % 5)).padStart(2, "0")}` })),
];

describeStores("dump and restore", ({ open }) => {
  it("round-trips every submission, its day and every aggregate", async () => {
    const source = await open();
    expect(await source.restore(rows, catalogue)).toBe(rows.length);
    const text = await dumpText(source);
    expect(text.trim().split("\n")).toHaveLength(rows.length + 1);

    const { header, catalogue: fromHeader, rows: dumped } = await readDump(Readable.from([text]));
    expect(header.quizzes).toEqual([JSON.parse(JSON.stringify(catalogue.quizzes[0]))]);
    expect(header.languages).toEqual(["en", "id"]);
    const target = await open();
    expect(await target.restore(dumped, fromHeader)).toBe(rows.length);

    const byId = (a: StoredSubmission, b: StoredSubmission) => (a.id < b.id ? -1 : 1);
    expect((await all(target.dump())).sort(byId)).toEqual([...rows].sort(byId));
    expect(await target.aggregates()).toEqual(await source.aggregates());
    expect(await dumpText(target)).toBe(text);
  });

  it("orders the dump by id (random, not by arrival), and carries nothing but the submission and its day", async () => {
    const store = await open();
    await store.restore(rows, catalogue);
    const dumped = await all(store.dump());
    const keys = dumped.map((r) => r.id);
    expect(keys).toEqual([...keys].sort());
    const allowed = ["id", "quizId", "quizVersion", "lang", "mode", "province", "headCount", "answers", "day"];
    for (const row of dumped) for (const key of Object.keys(row)) expect(allowed).toContain(key);
  });

  it("is idempotent: restoring the same rows again stores nothing new", async () => {
    const store = await open();
    await store.restore(rows, catalogue);
    const before = await store.aggregates();
    expect(await store.restore(rows, catalogue)).toBe(0);
    expect(await store.aggregates()).toEqual(before);
  });

  it("refuses a restore that contradicts a stored row, and stores none of its chunk", async () => {
    const store = await open();
    const first = rows[0]!;
    await store.restore([first], catalogue);
    const clash = { ...first, lang: "en" };
    await expect(store.restore([rows[1], clash], catalogue)).rejects.toBeInstanceOf(SubmissionConflictError);
    expect(await store.count()).toBe(1);
  });

  it("refuses a file that is not a dump", async () => {
    await expect(readDump(Readable.from(["{\"format\":\"other\"}\n"]))).rejects.toThrow(/header/);
    await expect(readDump(Readable.from([""]))).rejects.toThrow(/empty/);
  });
});
