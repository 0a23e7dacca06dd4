#!/usr/bin/env node
// Ingestion benchmark: the built server on 127.0.0.1 with a fresh database, autocannon playing
// clients that each deal a draw (POST /api/quiz) and post its result to /api/results, as a real
// solo result needs. Usage: node bench/ingest.mjs [--pg] [--seconds 60] [--connections 50]
// Prints results/s (stored results), latency percentiles over both requests, errors and non-2xx.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { validSubmission } from "./submissions.mjs";

function sqliteCount(file) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select count(*) as n from submissions").get().n;
  } finally {
    db.close();
  }
}

async function pgCount(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query("select count(*) as n from submissions")).rows[0].n);
  } finally {
    await client.end();
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seconds = Number(opt("seconds", 60));
const connections = Number(opt("connections", 50));
const usePg = args.includes("--pg");
const port = Number(opt("port", 3200));

const dir = mkdtempSync(path.join(tmpdir(), "waspada-bench-"));
const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", RESULTS_RATE_PER_MINUTE: "0", DB_FILE: path.join(dir, "bench.sqlite") };
if (usePg) {
  if (!process.env.PG_URL) throw new Error("--pg needs PG_URL (a postgres:// URL to an empty database).");
  env.DATABASE_URL = process.env.PG_URL;
} else delete env.DATABASE_URL;

const server = spawn(process.execPath, [path.join(here, "..", "server.mjs")], { env, stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("serving") && resolve());
  server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
});
const base = `http://127.0.0.1:${port}`;
const { quizzes } = await (await fetch(`${base}/api/quiz`)).json();
const quiz = quizzes[0];

let sent = 0;
let stored = 0;
const result = await autocannon({
  url: base,
  connections,
  duration: seconds,
  requests: [
    {
      method: "POST",
      path: "/api/quiz",
      onResponse: (status, body, context) => {
        context.draw = status === 200 ? JSON.parse(body) : undefined;
      },
    },
    {
      method: "POST",
      path: "/api/results",
      headers: { "content-type": "application/json" },
      setupRequest: (req, context) => {
        sent += 1;
        return { ...req, body: JSON.stringify(context.draw ? validSubmission(quiz, context.draw, sent) : {}) };
      },
      onResponse: (status) => {
        if (status === 201) stored += 1;
      },
    },
  ],
});
server.kill("SIGTERM");
await new Promise((r) => server.on("exit", r));
// The stored count, read from the database itself (/api/health tells nothing about the data).
const inDatabase = usePg ? await pgCount(env.DATABASE_URL) : sqliteCount(env.DB_FILE);
rmSync(dir, { recursive: true, force: true });

const report = {
  database: usePg ? "postgresql" : "sqlite (synchronous=FULL)",
  seconds,
  connections,
  resultsPerSecond: Math.round(stored / seconds),
  requestsPerSecond: Math.round(result["2xx"] / seconds),
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  stored,
  inDatabase,
};
console.log(JSON.stringify(report, null, 2));
const pass = report.resultsPerSecond >= 500 && report.p99 <= 250 && report.errors === 0 && report.non2xx === 0;
console.log(`ingest ${usePg ? "pg" : "sqlite"}: ${pass ? "meets" : "MISSES"} the goal (>= 500 results/s, p99 <= 250 ms, 0 errors)`);
