/**
 * The question bank: each question is well formed, the engine accepts the quiz, every option, part,
 * step and choice has its text in every language, only known red flags are tagged, and the bank
 * reaches its targets (counts per kind, every stage, every core red flag taught).
 */
import { STAGES, questionFlags, validateDefinition, type QuizDefinition } from "@waspada/quiz-engine";
import type { Resources } from "../resources";
import type { BankQuestion, RedFlag } from "../types";
import { publishedFactById } from "../channels";
import { questionTextPaths } from "../question-text";
import { explanationSourceProblems } from "../questions/explains";
import { flatten } from "./parity";
import { bankQuestionSchema, issuesOf } from "./schemas";

export interface BankTargets {
  total: number;
  single: number;
  trueFalse: number;
  spot: number;
  /** Scenarios with at least `scenarioSteps` steps. */
  scenario: number;
  scenarioSteps: number;
}

export const BANK_TARGETS: BankTargets = { total: 55, single: 20, trueFalse: 6, spot: 8, scenario: 3, scenarioSteps: 4 };

export interface QuestionsInput {
  resources: Resources;
  languages: string[];
  questions: BankQuestion[];
  definition: QuizDefinition;
  redFlags: RedFlag[];
  targets: BankTargets;
}

export function bankCounts(questions: BankQuestion[], targets: BankTargets): Record<string, number> {
  const counts: Record<string, number> = { total: questions.length, single: 0, trueFalse: 0, spot: 0, scenario: 0, longScenario: 0 };
  for (const question of questions) {
    counts[question.kind] = (counts[question.kind] ?? 0) + 1;
    if (question.kind === "scenario" && question.steps.length >= targets.scenarioSteps) counts.longScenario = (counts.longScenario ?? 0) + 1;
  }
  return counts;
}

function conventionProblems(question: BankQuestion, where: string): string[] {
  const problems: string[] = [];
  if (question.kind === "spot") {
    question.parts.forEach((part, index) => {
      if (part.id !== `p${index + 1}`) problems.push(`${where}: part ${index + 1} should have id "p${index + 1}", not "${part.id}"`);
    });
  }
  if (question.kind === "scenario") {
    const choiceIds = question.steps.flatMap((step) => step.choices.map((choice) => choice.id));
    const repeated = choiceIds.filter((id, index) => choiceIds.indexOf(id) !== index);
    for (const id of new Set(repeated)) problems.push(`${where}: choice id "${id}" is used at more than one step`);
  }
  return problems;
}

/** The house style for question text: short sentences, "non-procedural" rather than "illegal", no phone numbers. */
export function styleProblems(text: string): string[] {
  const problems: string[] = [];
  if (/\bil+egal/i.test(text)) problems.push('says "illegal"; write "non-procedural" (nonprosedural)');
  // Amounts are written with separators ("73.724"); seven digits in a row would be a phone number.
  if (/\d{7}/.test(text.replace(/[\s.-]/g, ""))) problems.push("holds what looks like a phone number; numbers to call live in help contacts");
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const words = sentence.split(/\s+/).length;
    if (words > 22) problems.push(`has a sentence of ${words} words (at most 22): "${sentence.slice(0, 40)}…"`);
  }
  return problems;
}

function textProblems(input: QuestionsInput): string[] {
  const problems: string[] = [];
  const ids = new Set(input.questions.map((question) => question.id));
  for (const lng of input.languages) {
    const json = input.resources[lng]?.questions;
    if (json === undefined) {
      problems.push(`locales/${lng}/questions.json is missing`);
      continue;
    }
    const leaves = flatten(json);
    for (const question of input.questions) {
      const required = questionTextPaths(question).map(({ path, maxLength }) => ({ path: `${question.id}.${path}`, maxLength }));
      for (const { path, maxLength } of required) {
        const text = leaves.get(path);
        if (typeof text !== "string" || text.trim() === "") problems.push(`${lng} questions:${path} is missing`);
        else {
          const length = [...text].length;
          if (length > maxLength) problems.push(`${lng} questions:${path} is ${length} characters; the limit is ${maxLength}`);
          problems.push(...styleProblems(text).map((problem) => `${lng} questions:${path} ${problem}`));
        }
      }
      const expected = new Set(required.map(({ path }) => path));
      for (const path of leaves.keys()) {
        if (path.startsWith(`${question.id}.`) && !expected.has(path)) problems.push(`${lng} questions:${path} belongs to no option, part, step or choice`);
      }
    }
    for (const id of Object.keys(json as object)) if (!ids.has(id)) problems.push(`${lng} questions:${id} has text but no question in the bank`);
  }
  return problems;
}

export function questionProblems(input: QuestionsInput): string[] {
  const { questions, targets } = input;
  const known = new Set(input.redFlags.map((flag) => flag.id));
  const problems: string[] = [];
  for (const question of questions) {
    const where = `question "${question.id}"`;
    problems.push(...issuesOf(bankQuestionSchema.safeParse(question), where), ...conventionProblems(question, where));
    for (const flag of questionFlags(question)) if (!known.has(flag)) problems.push(`${where}: unknown red flag "${flag}"`);
    if ((question.sources?.length ?? 0) + (question.published?.length ?? 0) === 0) problems.push(`${where}: needs at least one source`);
    for (const id of question.published ?? []) if (!publishedFactById(id)) problems.push(`${where}: unknown published fact "${id}"`);
    problems.push(...explanationSourceProblems(question));
  }
  problems.push(...validateDefinition(input.definition).map((line) => `engine: ${line}`));
  problems.push(...textProblems(input));

  const taught = new Set(questions.flatMap((question) => question.redFlags));
  for (const flag of input.redFlags) {
    if (!taught.has(flag.id)) problems.push(`${flag.core ? "core" : "context"} red flag "${flag.id}" is taught by no question`);
  }
  for (const stage of STAGES) if (!questions.some((question) => question.stage === stage)) problems.push(`stage "${stage}" has no question`);

  const counts = bankCounts(questions, targets);
  const below = (what: string, have: number, want: number) => {
    if (have < want) problems.push(`the bank has ${have} ${what}; the target is at least ${want}`);
  };
  below("questions", counts.total ?? 0, targets.total);
  below("single-choice questions", counts.single ?? 0, targets.single);
  below("true/false questions", counts.trueFalse ?? 0, targets.trueFalse);
  below("spot-the-red-flags questions", counts.spot ?? 0, targets.spot);
  below(`scenarios with ${targets.scenarioSteps}+ steps`, counts.longScenario ?? 0, targets.scenario);
  return problems;
}
