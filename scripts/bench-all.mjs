#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another (they would disturb each other in parallel
// on 2 cores). Builds the site first. Each prints its figures and whether it meets its goal.
//   results: aggregates over 1,000,000 synthetic submissions and batch import speed (SQLite)
//   dashboard: each staff dashboard page at 100,000 and 1,000,000 submissions (SQLite)
//   ingest:  autocannon, 50 connections, 60 s against /api/results (SQLite; PostgreSQL when PG_URL is set)
//   crash:   kill -9 during load, 50 rounds
//   lighthouse: home and quiz, mobile preset
// Pass names to run a subset: npm run bench -- ingest crash
// Options after the names go to the dashboard bench: npm run bench -- dashboard --keep DIR
import { spawnSync } from "node:child_process";

const all = ["results", "dashboard", "ingest", "crash", "lighthouse"];
const chosen = process.argv.slice(2).filter((a) => all.includes(a));
const run = chosen.length ? chosen : all;
const dashboardOptions = process.argv.slice(2).filter((a) => !all.includes(a));
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts }).status === 0;

let ok = sh("npx", ["turbo", "run", "build", "--output-logs=errors-only"], { env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } });
for (const name of run) {
  console.log(`\n=== bench: ${name} ===`);
  if (name === "results") ok = sh("npm", ["run", "bench", "-w", "@waspada/results"]) && ok;
  if (name === "dashboard") ok = sh("node", ["apps/web/bench/dashboard.mjs", ...dashboardOptions]) && ok;
  if (name === "ingest") {
    ok = sh("node", ["apps/web/bench/ingest.mjs"]) && ok;
    if (process.env.PG_URL) ok = sh("node", ["apps/web/bench/ingest.mjs", "--pg"]) && ok;
  }
  if (name === "crash") ok = sh("node", ["apps/web/bench/crash.mjs"]) && ok;
  if (name === "lighthouse") ok = sh("node", ["apps/web/bench/lighthouse.mjs"]) && ok;
}
process.exit(ok ? 0 : 1);
