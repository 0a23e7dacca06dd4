#!/usr/bin/env node
// Long form of the crash harness: node bench/crash.mjs [--rounds 50] [--load-ms 1000] [--clients 32]
import { runCrashHarness } from "./crash-harness.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const report = await runCrashHarness({
  rounds: opt("rounds", 50),
  loadMs: opt("load-ms", 1000),
  clients: opt("clients", 32),
  log: (line) => console.log(line),
});
const integrity = [...new Set(report.integrity)];
console.log(JSON.stringify({ ...report, integrity }, null, 2));
const ok = report.lost === 0 && report.replayedTwice === 0 && integrity.length === 1 && integrity[0] === "ok";
console.log(`crash: ${ok ? "no acknowledged result lost, replays stored once, integrity ok" : "FAILED"}`);
process.exit(ok ? 0 : 1);
