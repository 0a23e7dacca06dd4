/**
 * The one home of question text: which sentences a question needs (paths inside its entry in
 * locales/{lng}/questions.json, each with its length limit) and a typed lookup of those sentences.
 * The content check, the web's screens and the quiz pack all go through here; nobody builds a key
 * by hand.
 */
import type { Question } from "@waspada/quiz-engine";
import { DEFAULT_LANGUAGE, isLanguage } from "./i18n";
import { resources } from "./locales";
import type { QuestionText, RedFlagText } from "./resource-types";

/** Characters; the village presenter projects these in large type. */
export const QUESTION_TEXT_LIMITS = {
  prompt: 180,
  why: 240,
  optionLabel: 90,
  explanation: 240,
  partText: 110,
  stepText: 220,
  choiceLabel: 90,
} as const;

export interface TextPath {
  /** Dotted path inside the question's entry, e.g. "options.true.explanation". */
  path: string;
  maxLength: number;
}

/** Every sentence a question needs, in definition order. trueFalse labels come from common.json. */
export function questionTextPaths(question: Question): TextPath[] {
  const L = QUESTION_TEXT_LIMITS;
  const at = (path: string, maxLength: number): TextPath => ({ path, maxLength });
  const paths = [at("prompt", L.prompt)];
  switch (question.kind) {
    case "single":
      for (const { id } of question.options) paths.push(at(`options.${id}.label`, L.optionLabel), at(`options.${id}.explanation`, L.explanation));
      break;
    case "trueFalse":
      paths.push(at("options.true.explanation", L.explanation), at("options.false.explanation", L.explanation));
      break;
    case "spot":
      for (const { id } of question.parts) paths.push(at(`parts.${id}.text`, L.partText), at(`parts.${id}.explanation`, L.explanation));
      break;
    case "scenario":
      for (const step of question.steps) {
        paths.push(at(`steps.${step.id}.text`, L.stepText));
        for (const { id } of step.choices) {
          paths.push(at(`steps.${step.id}.choices.${id}.label`, L.choiceLabel), at(`steps.${step.id}.choices.${id}.explanation`, L.explanation));
        }
      }
      break;
  }
  paths.push(at("why", L.why));
  return paths;
}

type Entry = Record<string, unknown>;

/** `own` with every sentence it lacks taken from `fallback` (as i18next falls back to Indonesian). */
function withFallback(own: unknown, fallback: unknown): unknown {
  if (typeof own === "string") return own;
  if (typeof fallback !== "object" || fallback === null) return own ?? fallback;
  const mine = (typeof own === "object" && own !== null ? own : {}) as Entry;
  const out: Entry = {};
  for (const key of new Set([...Object.keys(fallback), ...Object.keys(mine)])) out[key] = withFallback(mine[key], (fallback as Entry)[key]);
  return out;
}

function entry(lang: string, ns: "questions" | "redFlags", id: string): unknown {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const read = (lng: string) => (resources[lng]?.[ns] as Entry | undefined)?.[id];
  return language === DEFAULT_LANGUAGE ? read(language) : withFallback(read(language), read(DEFAULT_LANGUAGE));
}

const memo = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/**
 * Every sentence of one question in `lang` (Indonesian where `lang` lacks one; an unknown language
 * reads Indonesian). Throws for an id with no text at all. Shared: treat it as read-only.
 */
export function questionText(lang: string, id: string): QuestionText {
  return cached(`q:${lang}:${id}`, () => {
    const text = entry(lang, "questions", id);
    if (typeof text !== "object" || text === null) throw new Error(`No text for question "${id}".`);
    const { options = {}, parts = {}, steps = {}, ...rest } = text as Partial<QuestionText>;
    return { options, parts, steps, ...rest } as QuestionText;
  });
}

/** A red flag's name, why and what to do instead in `lang`, or undefined for an id the catalogue lacks. */
export function redFlagText(lang: string, id: string): RedFlagText | undefined {
  return cached(`f:${lang}:${id}`, () => {
    const text = entry(lang, "redFlags", id) as Partial<RedFlagText> | undefined;
    return typeof text?.name === "string" ? (text as RedFlagText) : undefined;
  });
}
