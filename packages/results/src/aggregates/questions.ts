import type { Question, QuizDefinition } from "@waspada/quiz-engine";
import { ItemKind } from "../ingest/items";
import type { LinearSystem } from "../suppression/linear-system";
import { figure } from "./completions";
import { optionSums } from "./option-sums";
import type { ItemRow } from "./query";
import type { FlagAggregate, QuestionAggregate } from "./types";

interface QuestionData {
  quizId: string;
  questionId: string;
  outcome: [number, number, number, number];
  options: Map<string, number>;
  noChoice: Map<string, number>;
}

/**
 * Per question: people answering = right + partly + wrong, and the option distribution with the
 * sums each question kind implies (see option-sums.ts). Per red flag: met = spotted + missed,
 * counted as sightings, suppressed by the people behind them.
 */
export function draftQuestions(system: LinearSystem, rows: ItemRow[], quizzes: QuizDefinition[]) {
  const questions = new Map<string, QuestionData>();
  const flags = new Map<string, [number, number, number, number]>();
  for (const row of rows) {
    if (row.kind === ItemKind.FLAG) {
      const flag = flags.get(row.key) ?? [0, 0, 0, 0];
      flags.set(row.key, [flag[0] + row.counts[0], flag[1] + row.counts[1], flag[2] + row.counts[2], flag[3] + row.counts[3]]);
      continue;
    }
    const key = `${row.quizId}\u0000${row.questionId}`;
    let q = questions.get(key);
    if (!q) {
      q = { quizId: row.quizId, questionId: row.questionId, outcome: [0, 0, 0, 0], options: new Map(), noChoice: new Map() };
      questions.set(key, q);
    }
    if (row.kind === ItemKind.QUESTION) row.counts.forEach((n, i) => (q.outcome[i] = (q.outcome[i] ?? 0) + n));
    if (row.kind === ItemKind.OPTION) q.options.set(row.key, row.counts[0]);
    if (row.kind === ItemKind.NO_CHOICE) q.noChoice.set(row.key, row.counts[0]);
  }

  const drafts = [...questions.values()]
    .sort((x, y) => compare(quizzes, x, y))
    .map((q) => draftQuestion(system, q, versionsOf(quizzes, q.quizId, q.questionId)));
  const flagDrafts = [...flags].sort(([a], [b]) => (a < b ? -1 : 1)).map(([flagId, [spotted, missed, spottedPeople, missedPeople]]) => {
    // Sightings over several questions count a person more than once; suppress by the people.
    const vars = {
      met: system.variable(spotted + missed, true, Math.max(spottedPeople, missedPeople)),
      spotted: system.variable(spotted, true, spottedPeople),
      missed: system.variable(missed, true, missedPeople),
    };
    system.sum(vars.met, [vars.spotted, vars.missed]);
    return { flagId, vars };
  });

  return (hidden: boolean[]): { questions: QuestionAggregate[]; flags: FlagAggregate[] } => {
    const fig = (v: number) => figure(system.values[v] ?? 0, hidden[v] === true);
    return {
      questions: drafts.map((d) => ({
        quizId: d.quizId,
        questionId: d.questionId,
        kind: d.kind,
        answering: fig(d.vars.answering),
        right: fig(d.vars.right),
        partly: fig(d.vars.partly),
        wrong: fig(d.vars.wrong),
        options: d.options
          .filter((o) => o.optionId !== null || (system.values[o.variable] ?? 0) > 0)
          .map((o) => ({ optionId: o.optionId, ...(o.step === undefined ? {} : { step: o.step }), people: fig(o.variable) })),
      })),
      flags: flagDrafts.map(({ flagId, vars }) => ({ flagId, met: fig(vars.met), spotted: fig(vars.spotted), missed: fig(vars.missed) })),
    };
  };
}

/** The question as each stored quiz version defines it, oldest first. */
function versionsOf(quizzes: QuizDefinition[], quizId: string, questionId: string): Question[] {
  return quizzes.filter((quiz) => quiz.id === quizId).flatMap((quiz) => quiz.questions.filter((q) => q.id === questionId));
}

function draftQuestion(system: LinearSystem, q: QuestionData, versions: Question[]) {
  const [answering, right, partly, wrong] = q.outcome.map((n) => system.variable(n)) as [number, number, number, number];
  system.sum(answering, [right, partly, wrong]);
  const options = optionSums(system, answering, versions, q.options, q.noChoice);
  const newest = versions[versions.length - 1];
  return { quizId: q.quizId, questionId: q.questionId, kind: newest?.kind ?? null, vars: { answering, right, partly, wrong }, options };
}

/** Quiz by id, then the newest definition's question order, then id for questions it lacks. */
function compare(quizzes: QuizDefinition[], a: QuestionData, b: QuestionData): number {
  if (a.quizId !== b.quizId) return a.quizId < b.quizId ? -1 : 1;
  const newest = quizzes.filter((quiz) => quiz.id === a.quizId).at(-1);
  const position = (q: QuestionData) => {
    const i = newest?.questions.findIndex((question) => question.id === q.questionId) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return position(a) - position(b) || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0);
}
