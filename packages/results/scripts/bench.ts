// `npm run bench -- [--rows 1000000] [--keep] [--reuse file.sqlite]`: loads synthetic submissions into a temp SQLite file
// (WAL, synchronous=FULL, as in production) and times the import and every dashboard aggregate.
// Goals (design.md): import >= 20,000 rows/s; each aggregate <= 200 ms over 1,000,000 submissions.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DUMP_FORMAT, readDump, type DumpHeader } from "../src/backup/ndjson";
import { openResultsStore, type ResultsStore } from "../src/store";
import type { AggregateFilters, QuizCatalogue, StoredSubmission } from "../src/types";
import { benchLanguages, benchQuiz, benchSubmissions } from "./bench-data";
import { fail } from "./cli";

const IMPORT_GOAL = 20_000;
const AGGREGATE_GOAL_MS = 200;
const BATCH = 500;

const queries: [string, AggregateFilters][] = [
  ["everything", {}],
  ["one quiz", { quizId: benchQuiz.id }],
  ["one province", { province: "ID-JT" }],
  ["one language", { lang: "en" }],
  ["village sessions", { mode: "group" }],
  ["last 30 days", { from: "2025-12-02", to: "2025-12-31" }],
  ["a quarter, one province, one language", { from: "2025-04-01", to: "2025-06-30", province: "ID-NT", lang: "id" }],
];

async function main() {
  const { values } = parseArgs({
    options: { rows: { type: "string", default: "1000000" }, keep: { type: "boolean", default: false }, reuse: { type: "string" } },
  });
  const total = Number(values.rows);
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-bench-"));
  // --reuse: time the aggregates again on a database a --keep run left, without loading it again.
  const file = values.reuse ? path.resolve(values.reuse) : path.join(dir, "bench.sqlite");
  const catalogue: QuizCatalogue = { quizzes: [benchQuiz], languages: benchLanguages };
  const store = await openResultsStore({ file });
  const ok: boolean[] = [];
  try {
    if (!values.reuse) await load(store, dir, total, catalogue, ok);
    console.log(`database: ${fmt(await store.count())} submissions, ${(statSync(file).size / 1e6).toFixed(0)} MB\n`);
    await timeAggregates(store, ok);
  } finally {
    await store.close();
    if (values.keep && !values.reuse) {
      rmSync(path.join(dir, "bench.ndjson"), { force: true });
      console.log(`\nkept ${file} (time it again with --reuse ${file})`);
    } else rmSync(dir, { recursive: true, force: true });
  }
  if (ok.includes(false)) process.exitCode = 1;
}

async function load(store: ResultsStore, dir: string, total: number, catalogue: QuizCatalogue, ok: boolean[]) {
    // 1. Bulk import: a dump file (written first, untimed) read back through restore(), parsed,
    // validated and scored like any submission, 5,000 rows per transaction.
    const dumpFile = path.join(dir, "bench.ndjson");
    await writeNdjson(dumpFile, catalogue, benchSubmissions(total));
    let started = performance.now();
    const { catalogue: fromDump, rows } = await readDump(createReadStream(dumpFile));
    await store.restore(rows, fromDump);
    const importSeconds = (performance.now() - started) / 1000;
    const importRate = total / importSeconds;
    ok.push(importRate >= IMPORT_GOAL);
    console.log(`restore() from a dump: ${fmt(total)} submissions in ${importSeconds.toFixed(1)} s = ${fmt(importRate)} rows/s (goal >= ${fmt(IMPORT_GOAL)})`);

    // 2. The API path: submitBatch() of 500, one transaction (and one fsync) each, on top of the big table.
    const batches = Math.max(1, Math.round(Math.min(total, 100_000) / BATCH));
    const pending: StoredSubmission[][] = [];
    let batch: StoredSubmission[] = [];
    for (const row of benchSubmissions(batches * BATCH, 2)) {
      batch.push(row);
      if (batch.length === BATCH) {
        pending.push(batch);
        batch = [];
      }
    }
    started = performance.now();
    for (const rows of pending) await store.submitBatch(rows.map(({ day: _day, ...sub }) => sub), catalogue);
    const batchSeconds = (performance.now() - started) / 1000;
    const batchRate = (batches * BATCH) / batchSeconds;
    ok.push(batchRate >= IMPORT_GOAL);
    console.log(`submitBatch(): ${fmt(batches * BATCH)} submissions in ${batches} batches of ${BATCH}, ${batchSeconds.toFixed(1)} s = ${fmt(batchRate)} rows/s (goal >= ${fmt(IMPORT_GOAL)})`);
}

async function timeAggregates(store: ResultsStore, ok: boolean[]) {
    // 3. Every aggregate, run 5 times; the first run is reported apart (cold page cache).
    console.log("| aggregates(filters) | first ms | median ms | max ms | goal |");
    console.log("| --- | ---: | ---: | ---: | --- |");
    for (const [name, filters] of queries) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await store.aggregates(filters);
        times.push(performance.now() - t);
      }
      const sorted = [...times.slice(1)].sort((a, b) => a - b);
      const max = Math.max(...times);
      ok.push(max <= AGGREGATE_GOAL_MS);
      console.log(`| ${name} | ${times[0]!.toFixed(1)} | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} | ${max.toFixed(1)} | ${max <= AGGREGATE_GOAL_MS ? "ok" : "MISSED"} |`);
    }
}

async function writeNdjson(file: string, catalogue: QuizCatalogue, rows: Iterable<StoredSubmission>): Promise<void> {
  const out = createWriteStream(file);
  const header: DumpHeader = { format: DUMP_FORMAT, version: 1, quizzes: [...catalogue.quizzes], languages: [...catalogue.languages] };
  out.write(`${JSON.stringify(header)}\n`);
  for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

main().catch(fail);
