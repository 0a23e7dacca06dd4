import { describe, expect, it } from "vitest";
import type { BankQuestion, RedFlag } from "../types";
import { buildCoverage, formatCoverage } from "./coverage";

const flag = (id: string, core = true): RedFlag => ({ id, stages: ["recruitment"], type: "tactic", core, sources: [] });
const question = (id: string, kind: "single" | "trueFalse", stage: BankQuestion["stage"], redFlags: string[]): BankQuestion =>
  kind === "single"
    ? { id, kind, stage, redFlags, difficulty: 1, sources: [], options: [{ id: "a", correct: true }, { id: "b", correct: false }] }
    : { id, kind, stage, redFlags, difficulty: 1, sources: [], answer: false };

describe("coverage", () => {
  const coverage = buildCoverage(
    [question("q1", "single", "recruitment", ["rf01", "rf02"]), question("q2", "trueFalse", "departure", ["rf01", "rf01"])],
    [flag("rf01"), flag("rf02"), flag("rf03"), flag("rf40", false)],
  );

  it("counts questions per red flag by stage and kind, once per question", () => {
    const rf01 = coverage.rows.find((row) => row.id === "rf01");
    expect(rf01?.stages).toEqual({ recruitment: 1, departure: 1, destination: 0, return: 0 });
    expect(rf01?.kinds).toEqual({ single: 1, trueFalse: 1, spot: 0, scenario: 0 });
    expect(rf01?.total).toBe(2);
    expect(coverage.questionsByKind).toEqual({ single: 1, trueFalse: 1, spot: 0, scenario: 0 });
  });

  it("prints one row per red flag and marks core flags nobody teaches", () => {
    const lines = formatCoverage(coverage).split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^red flag\s+recr\s+dep\s+dest\s+ret \|\s+single\s+t\/f\s+spot\s+scen \|\s+total$/);
    expect(lines.find((line) => line.startsWith("rf03"))).toMatch(/<- not taught$/);
    expect(lines.find((line) => line.startsWith("rf40 (ctx)"))).not.toMatch(/not taught/);
    expect(lines.at(-1)).toMatch(/^questions\s+1\s+1\s+·\s+·/);
  });
});
