import { describe, expect, it } from "vitest";
import { toDefinitionQuestion } from "../quiz";
import type { BankQuestion } from "../types";
import { checkContent, packageContent } from "./check-content";
import { styleProblems } from "./questions-check";

/** Check a changed bank; the engine's definition follows the bank as it does in the package. */
function checkBank(questions: BankQuestion[], overrides: Parameters<typeof checkContent>[0] = {}) {
  const definition = { id: "waspada-core", version: 1, questions: questions.map(toDefinitionQuestion) };
  return checkContent({ questions, definition, ...overrides });
}

const bank = packageContent().questions;
const first = <K extends BankQuestion["kind"]>(kind: K) => {
  const found = bank.find((q): q is Extract<BankQuestion, { kind: K }> => q.kind === kind);
  if (!found) throw new Error(`the bank has no ${kind} question`);
  return structuredClone(found);
};

describe("question checks", () => {
  it("reports an unknown red flag and a question without sources", () => {
    const single = { ...first("single"), redFlags: ["rf77"], sources: [] };
    const problems = checkBank(bank.map((q) => (q.id === single.id ? single : q))).problems;
    expect(problems).toContain(`question "${single.id}": unknown red flag "rf77"`);
    expect(problems).toContain(`question "${single.id}": needs at least one source`);
  });

  it("passes on what the engine refuses", () => {
    const scenario = first("scenario");
    const step = scenario.steps[0];
    const choice = step?.choices[0];
    if (!step || !choice) throw new Error("scenario without steps");
    choice.next = "s99";
    delete choice.ending;
    const problems = checkBank(bank.map((q) => (q.id === scenario.id ? scenario : q))).problems;
    expect(problems.some((line) => line.startsWith(`engine: question "${scenario.id}"`) && line.includes("s99"))).toBe(true);
  });

  it("reports an option without text and text without an option", () => {
    const single = first("single");
    const texts = structuredClone(packageContent().resources) as Record<string, Record<string, Record<string, { options: Record<string, unknown> }>>>;
    const entry = texts.en?.questions?.[single.id];
    if (!entry) throw new Error("no English text for the question");
    entry.options.z = entry.options.a;
    delete entry.options.a;
    const problems = checkContent({ resources: texts }).problems;
    expect(problems).toContain(`en questions:${single.id}.options.a.label is missing`);
    expect(problems).toContain(`en questions:${single.id}.options.z.label belongs to no option, part, step or choice`);
  });

  it("reports a question text over its limit, empty, or against the house style", () => {
    const single = first("single");
    const texts = structuredClone(packageContent().resources) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const entry = texts.id?.questions?.[single.id];
    if (!entry) throw new Error("no Indonesian text for the question");
    entry.prompt = "x".repeat(181);
    entry.why = "Pekerjaan ini ilegal. Hubungi 0812345678 sekarang.";
    (entry.options as Record<string, { label: string }>).a!.label = " ";
    const problems = checkContent({ resources: texts }).problems;
    expect(problems).toContain(`id questions:${single.id}.prompt is 181 characters; the limit is 180`);
    expect(problems).toContain(`id questions:${single.id}.options.a.label is missing`);
    expect(problems).toContain(`id questions:${single.id}.why says "illegal"; write "non-procedural" (nonprosedural)`);
    expect(problems.some((p) => p.startsWith(`id questions:${single.id}.why holds what looks like a phone number`))).toBe(true);
  });

  it("reports a sentence longer than 22 words", () => {
    expect(styleProblems(Array.from({ length: 23 }, () => "kata").join(" ") + ".")).toEqual([
      'has a sentence of 23 words (at most 22): "kata kata kata kata kata kata kata kata …"',
    ]);
    expect(styleProblems("Gaji tinggi. Tanpa biaya. Kontrak jelas.")).toEqual([]);
  });

  it("reports a red flag that no question teaches, and a stage without questions", () => {
    const withoutRf14 = bank.filter((q) => !q.redFlags.includes("rf14"));
    const withoutReturn = bank.filter((q) => q.stage !== "return");
    expect(checkBank(withoutRf14).problems).toContain('core red flag "rf14" is taught by no question');
    expect(checkBank(withoutReturn).problems).toContain('stage "return" has no question');
  });

  it("reports a bank below its targets, with the counts per kind", () => {
    const report = checkBank(bank.slice(0, 5));
    expect(report.counts.total).toBe(5);
    expect(report.problems).toContain("the bank has 5 questions; the target is at least 55");
    const spots = checkContent().counts.spot;
    const targets = { ...packageContent().targets, spot: 100 };
    expect(checkContent({ targets }).problems).toContain(`the bank has ${spots} spot-the-red-flags questions; the target is at least 100`);
  });

  it("reports spot parts out of order and choice ids reused across steps", () => {
    const spot = first("spot");
    spot.parts = spot.parts.map((part, i) => (i === 0 ? { ...part, id: "p9" } : part));
    const scenario = first("scenario");
    const [a, b] = scenario.steps;
    const reused = a?.choices[0]?.id;
    if (!b?.choices[0] || !reused) throw new Error("scenario too short");
    b.choices[0].id = reused;
    const problems = checkBank(bank.map((q) => (q.id === spot.id ? spot : q.id === scenario.id ? scenario : q))).problems;
    expect(problems).toContain(`question "${spot.id}": part 1 should have id "p1", not "p9"`);
    expect(problems).toContain(`question "${scenario.id}": choice id "${reused}" is used at more than one step`);
  });
});
