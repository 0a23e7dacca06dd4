// `npm run bench:db -w @waspada/results -- --rows 1000000 --out file.sqlite`: a SQLite database of
// the bench's synthetic submissions (see bench-data.ts), for benches that time the web app on it.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { openResultsStore } from "../src/store";
import { benchLanguages, benchQuiz, benchSubmissions } from "./bench-data";
import { fail, fromInvocation } from "./cli";

async function main() {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, out: { type: "string" } } });
  if (!values.out) throw new Error("--out file.sqlite is required");
  const file = fromInvocation(values.out);
  if (existsSync(file)) throw new Error(`${file} exists; remove it first`);
  const store = await openResultsStore({ file });
  try {
    const started = performance.now();
    await store.restore(benchSubmissions(Number(values.rows)), { quizzes: [benchQuiz], languages: benchLanguages });
    console.error(`${file}: ${await store.count()} submissions in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await store.close();
  }
}

main().catch(fail);
