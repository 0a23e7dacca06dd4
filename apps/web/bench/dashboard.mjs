#!/usr/bin/env node
// Staff dashboard benchmark: each dashboard page of the built server, signed in, on SQLite
// databases of 100,000 and 1,000,000 synthetic submissions (the results bench's data), so growth
// shows. Goal: every page answers in <= 300 ms (the median of 7 requests after one warm-up).
// Usage: node bench/dashboard.mjs [--sizes 100000,1000000] [--keep DIR] [--port 3201]
//   --keep DIR: build the databases in DIR and leave them there; a later run with the same DIR reuses them.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt("sizes", "100000,1000000").split(",").map(Number);
const port = Number(opt("port", 3201));
const keep = opt("keep", undefined);
const GOAL_MS = 300;
const RUNS = 7;
const PASSWORD = "bench-lantern-mango-drizzle";
const PAGES = [
  ["overview", "/staff"],
  ["red flags (with monthly trend)", "/staff/red-flags"],
  ["questions", "/staff/questions"],
  ["village sessions", "/staff/village"],
  ["overview, one province", "/staff?province=ID-JT"],
  ["red flags, a quarter in English", "/staff/red-flags?from=2025-04&to=2025-06&language=en"],
  ["CSV export of questions", "/staff/export?view=questions"],
];

const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), "waspada-dashboard-bench-"));
mkdirSync(dir, { recursive: true });
let ok = true;
try {
  for (const size of sizes) ok = (await benchSize(size)) && ok;
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

async function benchSize(size) {
  const file = path.join(dir, `dashboard-${size}.sqlite`);
  if (!existsSync(file)) {
    console.log(`building ${size.toLocaleString("en-US")} submissions (untimed) ...`);
    execFileSync("npm", ["run", "-s", "bench:db", "-w", "@waspada/results", "--", "--rows", String(size), "--out", file], { cwd: root, stdio: "inherit" });
  }
  const env = { ...process.env, DB_FILE: file };
  delete env.DATABASE_URL;
  try {
    execFileSync("npm", ["run", "-s", "staff:create", "--", "--user", "bench", "--role", "admin"], { cwd: root, env, input: `${PASSWORD}\n`, stdio: ["pipe", "ignore", "ignore"] });
  } catch {
    // Kept from an earlier run with --keep.
  }
  const server = spawn(process.execPath, [path.join(here, "..", "server.mjs")], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => String(d).includes("serving") && resolve());
    server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  let allOk = true;
  try {
    const cookie = await signIn(base);
    console.log(`\n${size.toLocaleString("en-US")} submissions (SQLite), median and slowest of ${RUNS} after a warm-up:`);
    for (const [name, url] of PAGES) {
      await get(base + url, cookie);
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await get(base + url, cookie));
      times.sort((a, b) => a - b);
      const median = times[Math.floor(RUNS / 2)];
      const pass = median <= GOAL_MS;
      allOk &&= pass;
      console.log(`  ${name.padEnd(36)} ${median.toFixed(0).padStart(5)} ms  (max ${times.at(-1).toFixed(0)} ms)  goal <= ${GOAL_MS} ms: ${pass ? "ok" : "MISSED"}`);
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.on("exit", r));
  }
  return allOk;
}

/** Signs in as a browser would: the sign-in page's pre-session cookie and CSRF field, then the POST. */
async function signIn(base) {
  const page = await fetch(`${base}/staff/sign-in`);
  const pre = page.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  const body = new URLSearchParams({ csrf, next: "/staff", user: "bench", password: PASSWORD });
  const res = await fetch(`${base}/staff/sign-in`, { method: "POST", body, headers: { cookie: pre }, redirect: "manual" });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("waspada_staff="));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session.split(";")[0];
}

async function get(url, cookie) {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}
