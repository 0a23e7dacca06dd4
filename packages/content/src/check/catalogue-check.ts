/**
 * The catalogue side: every red flag, help contact, figure, glossary term and migration step is
 * valid, unique, and has its text in every language; every sourced prose key still exists.
 */
import type { ZodError } from "zod";
import { publishedFactById } from "../channels";
import type { Resources } from "../resources";
import type { Figure, GlossaryEntry, HelpContact, MigrationStep, RedFlag, SourceRef } from "../types";
import { flatten } from "./parity";
import {
  figureSchema,
  glossaryEntrySchema,
  helpContactSchema,
  issuesOf,
  migrationStepSchema,
  redFlagSchema,
  sourceRefSchema,
} from "./schemas";

export interface CatalogueInput {
  resources: Resources;
  languages: string[];
  redFlags: RedFlag[];
  helpContacts: HelpContact[];
  figures: Figure[];
  glossary: GlossaryEntry[];
  migrationBasics: MigrationStep[];
  migrationSteps: MigrationStep[];
  textSources: Record<string, SourceRef[]>;
}

interface Section {
  what: string;
  items: { id: string }[];
  schema: { safeParse(x: unknown): { success: boolean; error?: ZodError } };
  /** Where an item's texts live: namespace and path prefix; `fields` are required under it. */
  ns: string;
  prefix: string;
  fields: string[];
}

export function duplicateIds(items: { id: string }[], what: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of items) {
    if (seen.has(id)) problems.push(`${what} "${id}" appears twice`);
    seen.add(id);
  }
  return problems;
}

/** Ids of the text groups directly under `prefix` (e.g. the contacts in help.json). */
function textIds(json: unknown, prefix: string, excluded: string[] = []): string[] {
  let node = json;
  for (const part of prefix ? prefix.split(".") : []) node = (node as Record<string, unknown> | undefined)?.[part];
  return node && typeof node === "object" ? Object.keys(node).filter((id) => !excluded.includes(id)) : [];
}

function sectionProblems(section: Section, resources: Resources, languages: string[]): string[] {
  const problems = duplicateIds(section.items, section.what);
  for (const item of section.items) problems.push(...issuesOf(section.schema.safeParse(item), `${section.what} "${item.id}"`));
  const ids = new Set(section.items.map((item) => item.id));
  for (const lng of languages) {
    const json = resources[lng]?.[section.ns];
    if (json === undefined) continue; // parity reports the missing file
    const leaves = flatten(json);
    for (const item of section.items) {
      for (const field of section.fields) {
        const path = [section.prefix, item.id, field].filter(Boolean).join(".");
        if (!leaves.has(path)) problems.push(`${lng} ${section.ns}:${path} is missing (${section.what} "${item.id}")`);
      }
    }
    const excluded = section.ns === "redFlags" ? ["page"] : [];
    for (const id of textIds(json, section.prefix, excluded)) {
      if (!ids.has(id)) problems.push(`${lng} ${section.ns}:${[section.prefix, id].filter(Boolean).join(".")} has text but no ${section.what} "${id}"`);
    }
  }
  return problems;
}

export function catalogueProblems(input: CatalogueInput): string[] {
  const { resources, languages } = input;
  const sections: Section[] = [
    { what: "red flag", items: input.redFlags, schema: redFlagSchema, ns: "redFlags", prefix: "", fields: ["name", "why", "instead"] },
    { what: "help contact", items: input.helpContacts, schema: helpContactSchema, ns: "help", prefix: "contacts", fields: ["name", "does"] },
    { what: "figure", items: input.figures, schema: figureSchema, ns: "home", prefix: "figures", fields: ["value", "label"] },
    { what: "glossary term", items: input.glossary, schema: glossaryEntrySchema, ns: "glossary", prefix: "terms", fields: ["term", "definition"] },
    { what: "migration basic", items: input.migrationBasics, schema: migrationStepSchema, ns: "migration", prefix: "basics", fields: [""] },
    { what: "migration step", items: input.migrationSteps, schema: migrationStepSchema, ns: "migration", prefix: "steps", fields: ["title", "body"] },
  ];
  const problems = sections.flatMap((section) => sectionProblems(section, resources, languages));
  const withPublished = [
    ["red flag", input.redFlags],
    ["glossary term", input.glossary],
    ["migration step", [...input.migrationBasics, ...input.migrationSteps]],
  ] as const;
  for (const [what, items] of withPublished) {
    for (const item of items) {
      for (const id of item.published ?? []) if (!publishedFactById(id)) problems.push(`${what} "${item.id}": unknown published fact "${id}"`);
    }
  }
  for (const [key, refs] of Object.entries(input.textSources)) {
    const [ns = "", path = ""] = key.split(":");
    if (refs.length === 0) problems.push(`text source "${key}" lists no source`);
    for (const ref of refs) problems.push(...issuesOf(sourceRefSchema.safeParse(ref), `text source "${key}"`));
    for (const lng of languages) {
      if (typeof flatten(resources[lng]?.[ns]).get(path) !== "string") problems.push(`text source "${key}" names no text in ${lng}`);
    }
  }
  return problems;
}
