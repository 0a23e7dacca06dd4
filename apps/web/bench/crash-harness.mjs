// Crash harness: runs the built server on a fresh SQLite file, posts results from many concurrent
// clients, kills the server with SIGKILL mid-load, restarts it, and checks that
//  - every result the server acknowledged (2xx) is there: replaying it answers "already stored";
//  - `PRAGMA integrity_check` is ok;
//  - the stored count equals the distinct ids stored (replays were not stored twice).
// Used by the test suite (short form) and by `npm run bench` (long form).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { validSubmission } from "./submissions.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Servers this process started and has not seen exit: killed if this process ends first. */
const running = new Set();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A port free right now on 127.0.0.1 (the harness restarts its server on one port, so it cannot use 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function startServer(env) {
  const child = spawn(process.execPath, [path.join(here, "..", "server.mjs")], { env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-600)));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("serving") && resolve(child));
    child.on("exit", (code, signal) => reject(new Error(`server exited early: ${code ?? signal}\n${stderr}`)));
  });
}

/** A draw from the server (POST /api/quiz), or null when the connection was cut by the kill. */
async function draw(base) {
  try {
    const res = await fetch(`${base}/api/quiz`, { method: "POST" });
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

async function post(base, body) {
  try {
    const res = await fetch(`${base}/api/results`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return res.status;
  } catch {
    return 0; // connection cut by the kill: not acknowledged
  }
}

/**
 * Sends every acknowledged result again through POST /api/results, 16 at a time (the batch
 * endpoint takes village sessions only): each must come back "already stored". Returns the ids
 * that did not (lost, or answered otherwise).
 */
async function replayAll(base, acknowledged) {
  const missing = [];
  const subs = [...acknowledged.values()];
  let next = 0;
  const worker = async () => {
    while (next < subs.length) {
      const sub = subs[next++];
      const res = await fetch(`${base}/api/results`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(sub) });
      const body = await res.json().catch(() => ({}));
      if (body.status !== "already stored") missing.push(`${sub.id}: ${body.status ?? res.status}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return missing;
}

export async function runCrashHarness({ rounds = 20, loadMs = 400, clients = 16, port: chosenPort, log = () => {} } = {}) {
  // A fixed port would collide with another run's harness (or a server such a run left behind).
  const port = chosenPort ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-crash-"));
  const dbFile = path.join(dir, "crash.sqlite");
  const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", RESULTS_RATE_PER_MINUTE: "0", DB_FILE: dbFile };
  delete env.DATABASE_URL;
  const base = `http://127.0.0.1:${port}`;
  const acknowledged = new Map(); // id -> submission
  let quiz;
  let n = 0;
  const report = { rounds, acknowledged: 0, lost: 0, replayedTwice: 0, integrity: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const server = await startServer(env);
      quiz ??= (await (await fetch(`${base}/api/quiz`)).json()).quizzes[0];
      // Everything acknowledged so far must still be there after the last kill.
      for (const line of await replayAll(base, acknowledged)) {
        report.lost += 1;
        log(`round ${round}: acknowledged ${line} on replay`);
      }
      let stop = false;
      // The kill comes loadMs after this round's first acknowledged result, so that it lands under
      // load however slowly a busy machine serves the first requests (at most 15 s without one).
      let firstAck;
      const acked = new Promise((r) => (firstAck = r));
      const workers = Array.from({ length: clients }, async () => {
        while (!stop) {
          const dealt = await draw(base);
          if (!dealt) continue;
          const sub = validSubmission(quiz, dealt, n++);
          const status = await post(base, sub);
          if (status === 201 || status === 200) {
            acknowledged.set(sub.id, sub);
            firstAck();
          }
        }
      });
      await Promise.race([acked, new Promise((r) => setTimeout(r, 15_000))]);
      await new Promise((r) => setTimeout(r, loadMs));
      server.kill("SIGKILL");
      stop = true;
      await Promise.all(workers);
      await new Promise((r) => (server.exitCode !== null || server.signalCode ? r() : server.on("exit", r)));
      const db = new Database(dbFile);
      report.integrity.push(db.pragma("integrity_check", { simple: true }));
      db.close();
      log(`round ${round}: ${acknowledged.size} acknowledged so far`);
    }
    // Last check on a clean start: the count of stored results is the count of distinct ids.
    const server = await startServer(env);
    report.lost += (await replayAll(base, acknowledged)).length;
    server.kill("SIGTERM");
    await new Promise((r) => server.on("exit", r));
    const db = new Database(dbFile, { readonly: true });
    const distinct = db.prepare("select count(distinct id) as n from submissions").get().n;
    const stored = db.prepare("select count(*) as n from submissions").get().n;
    db.close();
    report.acknowledged = acknowledged.size;
    report.stored = stored;
    report.replayedTwice = stored - distinct;
    return report;
  } finally {
    // However the run ended (an error, a failed start), no server of ours outlives it.
    for (const child of running) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
