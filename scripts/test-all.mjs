#!/usr/bin/env node
// `npm test`: every check and suite of the monorepo through turbo, then one closing line that
// totals them ("N passed, N failed, N skipped"), so a run that tested nothing is visible.
// Lint and typecheck count one check per package; vitest and Playwright count their tests,
// read from the JSON reports each package writes to its reports/ folder.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workspaces = ["apps", "packages"].flatMap((dir) =>
  readdirSync(path.join(root, dir)).map((name) => path.join(root, dir, name)),
);
const totals = { passed: 0, failed: 0, skipped: 0 };

function turbo(tasks) {
  const summaryDir = path.join(root, ".turbo", "runs");
  const before = new Set(existsSync(summaryDir) ? readdirSync(summaryDir) : []);
  const result = spawnSync("npx", ["turbo", "run", ...tasks, "--continue", "--summarize", "--concurrency=2"], {
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    cwd: root,
    stdio: "inherit",
  });
  const fresh = existsSync(summaryDir) ? readdirSync(summaryDir).filter((f) => !before.has(f)) : [];
  const summary = fresh.length ? JSON.parse(readFileSync(path.join(summaryDir, fresh[0]), "utf8")) : { tasks: [] };
  for (const f of fresh) rmSync(path.join(summaryDir, f));
  return { ok: result.status === 0, tasks: summary.tasks ?? [] };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function reportsOf(name) {
  return workspaces.map((ws) => path.join(ws, "reports", name)).filter((f) => existsSync(f));
}

for (const ws of workspaces) rmSync(path.join(ws, "reports"), { recursive: true, force: true });

// 1. Lint and typecheck: one check per package and task.
const checks = turbo(["lint", "typecheck"]);
for (const task of checks.tasks) {
  if (task.execution?.exitCode === 0) totals.passed += 1;
  else totals.failed += 1;
}
if (!checks.ok && checks.tasks.every((t) => t.execution?.exitCode === 0)) totals.failed += 1;

// 2. Unit and integration tests (vitest; the content check runs as a vitest project), then 3. Playwright.
const unit = turbo(["test"]);
const e2e = turbo(["e2e"]);

let counted = 0;
for (const file of reportsOf("vitest.json")) {
  const r = readJson(file);
  if (!r) continue;
  counted += 1;
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
for (const file of reportsOf("playwright.json")) {
  const r = readJson(file);
  if (!r?.stats) continue;
  counted += 1;
  totals.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
  totals.failed += r.stats.unexpected ?? 0;
  totals.skipped += r.stats.skipped ?? 0;
}
// A runner that crashed before writing its report still counts as a failure.
for (const run of [unit, e2e]) {
  const failedTasks = run.tasks.filter((t) => t.execution?.exitCode !== 0).length;
  if (!run.ok && totals.failed === 0) totals.failed += Math.max(1, failedTasks);
}
if (counted === 0) totals.failed += 1;

const ok = checks.ok && unit.ok && e2e.ok && totals.failed === 0;
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\nTotal: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(ok ? 0 : 1);
