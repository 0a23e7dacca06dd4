/**
 * The shape of each locale file. Namespaces without a schema here only need to be a tree of
 * strings; parity with Indonesian (parity.ts) does the rest.
 */
import { STAGES } from "@waspada/quiz-engine";
import { z } from "zod";
import { issuesOf } from "./schemas";

type TextTree = string | { [key: string]: TextTree };
const textTree: z.ZodType<TextTree> = z.lazy(() => z.union([z.string(), z.record(z.string(), textTree)]));

const text = z.string();
const choiceText = z.strictObject({ label: text, explanation: text });

export const questionTextSchema = z.strictObject({
  prompt: text,
  why: text,
  options: z.record(z.string(), z.strictObject({ label: text.optional(), explanation: text })).optional(),
  parts: z.record(z.string(), z.strictObject({ text, explanation: text })).optional(),
  steps: z.record(z.string(), z.strictObject({ text, choices: z.record(z.string(), choiceText) })).optional(),
});

const namespaceSchemas: Record<string, z.ZodType> = {
  // language.locale: the BCP 47 tag its dates and numbers are written in ("en-GB"); see localeShapeProblems.
  common: z.looseObject({ language: z.looseObject({ name: text, locale: z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, "a language and region tag such as en-GB") }) }),
  stages: z.strictObject(Object.fromEntries(STAGES.map((stage) => [stage, z.strictObject({ name: text, summary: text })]))),
  redFlags: z
    .object({ page: textTree })
    .catchall(z.strictObject({ name: text, why: text, instead: text })),
  help: z.looseObject({ contacts: z.record(z.string(), z.strictObject({ name: text, does: text })) }),
  home: z.looseObject({ figures: z.record(z.string(), z.strictObject({ value: text, label: text })) }),
  glossary: z.looseObject({ terms: z.record(z.string(), z.strictObject({ term: text, definition: text })) }),
  migration: z.looseObject({
    basics: z.record(z.string(), text),
    steps: z.record(z.string(), z.strictObject({ title: text, body: text })),
  }),
  questions: z.record(z.string(), questionTextSchema),
  // Names by ISO 3166-2:ID code; the web checks that every code of @waspada/results has one.
  provinces: z.record(z.string().regex(/^ID-[A-Z]{2}$/, "a province key is an ISO 3166-2:ID code"), text),
};

/** Problems with the shape of one locale file. */
export function localeShapeProblems(lng: string, ns: string, json: unknown): string[] {
  const where = `locales/${lng}/${ns}.json`;
  const tree = issuesOf(z.record(z.string(), textTree).safeParse(json), where);
  if (tree.length > 0) return tree.map((line) => `${line} (every value must be text or a group of texts)`);
  const schema = namespaceSchemas[ns];
  const problems = schema ? issuesOf(schema.safeParse(json), where) : [];
  const locale = ns === "common" ? (json as { language?: { locale?: unknown } }).language?.locale : undefined;
  if (typeof locale === "string" && locale.split("-")[0] !== lng) problems.push(`${where}: language.locale "${locale}" is not a tag of the language ${lng}`);
  return problems;
}
