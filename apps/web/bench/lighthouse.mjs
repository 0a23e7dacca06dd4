#!/usr/bin/env node
// Lighthouse 12.8.2 (mobile preset, simulated throttling) in Debian's Chromium against the built
// server on 127.0.0.1, for the home page and the quiz. Fetched with npx on first use (not a
// project dependency: it is large and only the benchmark needs it).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const port = 3400;
const dir = mkdtempSync(path.join(tmpdir(), "waspada-lh-"));
const server = spawn(process.execPath, [path.join(here, "..", "server.mjs")], {
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DB_FILE: path.join(dir, "lh.sqlite") },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve) => server.stdout.on("data", (d) => String(d).includes("serving") && resolve()));

const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run";
const goals = { lcp: 2000, tbt: 200, cls: 0.05, a11y: 1 };
let ok = true;
try {
  for (const page of ["/id", "/en", "/id/quiz"]) {
    const out = path.join(dir, "lh.json");
    execFileSync("npx", ["--yes", "lighthouse@12.8.2", `http://127.0.0.1:${port}${page}`, `--chrome-flags=${flags}`,
      "--output=json", `--output-path=${out}`, "--quiet", "--only-categories=performance,accessibility,best-practices,seo"],
      { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] });
    const lh = JSON.parse(readFileSync(out, "utf8"));
    const a = lh.audits;
    const row = {
      page,
      performance: lh.categories.performance.score,
      accessibility: lh.categories.accessibility.score,
      lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
      tbtMs: Math.round(a["total-blocking-time"].numericValue),
      cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
      bytes: a["total-byte-weight"].numericValue,
    };
    const pass = row.lcpMs <= goals.lcp && row.tbtMs <= goals.tbt && row.cls <= goals.cls && row.accessibility >= goals.a11y;
    ok &&= pass;
    console.log(`lighthouse ${JSON.stringify(row)} ${pass ? "meets" : "MISSES"} the goals`);
  }
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
