import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A server process of our own (the built server.mjs on a free port and a fresh SQLite file), for
 * tests that measure the process (memory) or need settings the shared e2e server does not have.
 */
export interface OwnServer {
  base: string;
  pid: number;
  dbFile: string;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** `serverFile`: another build's server.mjs (e.g. a temporary copy of the workspace); this app's by default. */
export async function startOwnServer(env: Record<string, string> = {}, serverFile = path.resolve(import.meta.dirname, "../../server.mjs")): Promise<OwnServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-e2e-"));
  const dbFile = path.join(dir, "own.sqlite");
  const child = spawn(process.execPath, [serverFile], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", DB_FILE: dbFile, RESULTS_RATE_PER_MINUTE: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (d) => (log += String(d)));
  child.stdout?.on("data", (d) => (log += String(d)));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      const match = /serving on (http:\/\/[^\s]+)/.exec(String(d));
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return {
    base,
    pid: child.pid ?? 0,
    dbFile,
    child,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.on("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The resident memory of a process, in bytes (Linux). */
export async function rssOf(pid: number): Promise<number> {
  const { readFileSync } = await import("node:fs");
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) * 1024;
}
