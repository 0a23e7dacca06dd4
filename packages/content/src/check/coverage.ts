/**
 * The coverage table content:check prints: for every red flag, how many questions teach it, by
 * stage and by question kind, so gaps in the bank are visible at a glance.
 */
import { QUESTION_KINDS, STAGES, type QuestionKind, type Stage } from "@waspada/quiz-engine";
import type { BankQuestion, RedFlag } from "../types";

export interface CoverageRow {
  id: string;
  core: boolean;
  stages: Record<Stage, number>;
  kinds: Record<QuestionKind, number>;
  total: number;
}

export interface Coverage {
  rows: CoverageRow[];
  questionsByStage: Record<Stage, number>;
  questionsByKind: Record<QuestionKind, number>;
  questions: number;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function buildCoverage(questions: BankQuestion[], redFlags: RedFlag[]): Coverage {
  const rows = new Map<string, CoverageRow>(
    redFlags.map((flag) => [flag.id, { id: flag.id, core: flag.core, stages: zeros(STAGES), kinds: zeros(QUESTION_KINDS), total: 0 }]),
  );
  const questionsByStage = zeros(STAGES);
  const questionsByKind = zeros(QUESTION_KINDS);
  for (const question of questions) {
    questionsByStage[question.stage] += 1;
    questionsByKind[question.kind] += 1;
    for (const id of new Set(question.redFlags)) {
      const row = rows.get(id);
      if (!row) continue; // unknown flags are reported as problems, not counted
      row.stages[question.stage] += 1;
      row.kinds[question.kind] += 1;
      row.total += 1;
    }
  }
  return { rows: [...rows.values()], questionsByStage, questionsByKind, questions: questions.length };
}

const STAGE_HEAD: Record<Stage, string> = { recruitment: "recr", departure: "dep", destination: "dest", return: "ret" };
const KIND_HEAD: Record<QuestionKind, string> = { single: "single", trueFalse: "t/f", spot: "spot", scenario: "scen" };

export function formatCoverage(coverage: Coverage): string {
  const cell = (n: number, width: number) => (n === 0 ? "·" : String(n)).padStart(width);
  const heads = [...STAGES.map((s) => STAGE_HEAD[s]), "|", ...QUESTION_KINDS.map((k) => KIND_HEAD[k]), "|", "total"];
  const widths = heads.map((head) => Math.max(head.length, 3));
  const line = (label: string, values: (number | "|")[], note = "") =>
    `${label.padEnd(12)} ${values.map((v, i) => (v === "|" ? "|" : cell(v, widths[i] ?? 3))).join(" ")}${note}`;
  const out = [`${"red flag".padEnd(12)} ${heads.map((h, i) => (h === "|" ? "|" : h.padStart(widths[i] ?? 3))).join(" ")}`];
  for (const row of coverage.rows) {
    const values = [...STAGES.map((s) => row.stages[s]), "|" as const, ...QUESTION_KINDS.map((k) => row.kinds[k]), "|" as const, row.total];
    const label = `${row.id}${row.core ? "" : " (ctx)"}`;
    out.push(line(label, values, row.core && row.total === 0 ? "  <- not taught" : ""));
  }
  const byStage = STAGES.map((s) => coverage.questionsByStage[s]);
  const byKind = QUESTION_KINDS.map((k) => coverage.questionsByKind[k]);
  out.push(line("questions", [...byStage, "|", ...byKind, "|", coverage.questions]));
  return out.join("\n");
}
