import { flatten, getT, questionBank, redFlagById, type BankQuestion } from "@waspada/content";
import { questionFlags } from "@waspada/quiz-engine";
import { citations } from "../campaign/sources.server";
import type { QuizTexts } from "./build-model";
import type { QuizPack } from "./quiz-pack";

const bankById = new Map<string, BankQuestion>(questionBank.map((q) => [q.id, q]));

/** The sentences around the questions that a quiz model uses (see build-model.ts). */
const QUIZ_KEYS = [
  "common:quiz.progress",
  "common:quiz.outcome.right",
  "common:quiz.outcome.partly",
  "common:quiz.outcome.wrong",
  "common:quiz.true",
  "common:quiz.false",
  "common:result.heading",
  "common:result.summary",
];

/** A question's sources as every page prints them, in the page's language. */
function sourcesOf(lang: string, questionId: string): string[] {
  return citations(lang, bankById.get(questionId)?.sources ?? []);
}

/** The server's QuizTexts: the whole content package in `lang`. */
export function serverTexts(lang: string): QuizTexts {
  const t = getT(lang) as unknown as (key: string, vars?: Record<string, string | number>) => string;
  return {
    t: (key, vars) => t(key, vars),
    sources: (id) => sourcesOf(lang, id),
    look: (id) => bankById.get(id)?.look,
    isRedFlag: (id) => redFlagById(id) !== undefined,
  };
}

/** The most questions one pack holds: a long quiz is 30. */
export const MAX_PACK_QUESTIONS = 30;

export function isQuestionId(id: string): boolean {
  return bankById.has(id);
}

/** The words the browser needs to play these questions in `lang` (ids the bank does not know are skipped). */
export function quizPack(lang: string, questionIds: readonly string[]): QuizPack {
  const t = getT(lang) as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  const texts: Record<string, string> = {};
  const sources: Record<string, string[]> = {};
  const looks: QuizPack["looks"] = {};
  const flags = new Set<string>();
  for (const id of questionIds) {
    const question = bankById.get(id);
    if (!question) continue;
    for (const [key, text] of flatten(t(`questions:${question.id}`, { returnObjects: true }), `questions:${question.id}`)) {
      if (typeof text === "string") texts[key] = text;
    }
    sources[question.id] = sourcesOf(lang, question.id);
    if (question.look) looks[question.id] = question.look;
    for (const flag of questionFlags(question)) flags.add(flag);
  }
  for (const id of flags) {
    if (!redFlagById(id)) continue;
    for (const field of ["name", "instead"]) texts[`redFlags:${id}.${field}`] = String(t(`redFlags:${id}.${field}`));
  }
  // Placeholders stay as {{name}}: the browser fills them in (textsFromPack).
  for (const key of QUIZ_KEYS) texts[key] = String(t(key, { skipInterpolation: true }));
  return { texts, sources, looks };
}
