import { expect, test } from "@playwright/test";
import { runCrashHarness } from "../../bench/crash-harness.mjs";

// The short form of the crash harness; `npm run bench` runs the long one.
test("kill -9 during load loses no acknowledged result and stores replays once", async () => {
  // 21 server starts: a few seconds each when the machine is busy.
  test.setTimeout(300_000);
  const report = await runCrashHarness({ rounds: 20, loadMs: 250, clients: 8 });
  console.log(`crash harness: ${JSON.stringify({ ...report, integrity: [...new Set(report.integrity)] })}`);
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(report.lost).toBe(0);
  expect(report.replayedTwice).toBe(0);
  expect(report.integrity.every((r: string) => r === "ok")).toBe(true);
});
