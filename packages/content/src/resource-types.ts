/**
 * The shape of the resources, with Indonesian as the reference. Sections keyed by a catalogue or
 * question id are typed as records, so `t(\`redFlags:${id}.name\`)` type-checks for any id while
 * fixed keys such as "common:quiz.start" are still checked letter by letter.
 */
import type about from "../locales/id/about.json";
import type common from "../locales/id/common.json";
import type facilitator from "../locales/id/facilitator.json";
import type glossary from "../locales/id/glossary.json";
import type help from "../locales/id/help.json";
import type home from "../locales/id/home.json";
import type migration from "../locales/id/migration.json";
import type privacy from "../locales/id/privacy.json";
import type provinces from "../locales/id/provinces.json";
import type redFlags from "../locales/id/redFlags.json";
import type session from "../locales/id/session.json";
import type sources from "../locales/id/sources.json";
import type stages from "../locales/id/stages.json";
import type staff from "../locales/id/staff.json";

export interface ChoiceText {
  label: string;
  explanation: string;
}

/** locales/{lng}/questions.json → one entry per question id (see the README for which parts each kind has). */
export interface QuestionText {
  prompt: string;
  why: string;
  options: Record<string, ChoiceText>;
  parts: Record<string, { text: string; explanation: string }>;
  steps: Record<string, { text: string; choices: Record<string, ChoiceText> }>;
}

export interface RedFlagText {
  name: string;
  why: string;
  instead: string;
}

export interface ContentResources {
  about: typeof about;
  common: typeof common;
  facilitator: typeof facilitator;
  glossary: Omit<typeof glossary, "terms"> & { terms: Record<string, { term: string; definition: string }> };
  help: Omit<typeof help, "contacts" | "channels" | "facts" | "orgs"> & {
    contacts: Record<string, { name: string; does: string }>;
    channels: Record<string, { name: string; when: string }>;
    facts: Record<string, string>;
    orgs: Record<string, string>;
  };
  home: Omit<typeof home, "figures"> & { figures: Record<string, { value: string; label: string }> };
  migration: Omit<typeof migration, "basics" | "steps"> & {
    basics: Record<string, string>;
    steps: Record<string, { title: string; body: string }>;
  };
  privacy: typeof privacy;
  /** Province names by ISO 3166-2:ID code (the codes are @waspada/results' PROVINCES). */
  provinces: typeof provinces;
  questions: Record<string, QuestionText>;
  redFlags: { page: (typeof redFlags)["page"] } & Record<string, RedFlagText>;
  session: typeof session;
  sources: Omit<typeof sources, "studies"> & { studies: Record<string, { short: string }> };
  stages: typeof stages;
  staff: typeof staff;
}

export type ContentNamespace = keyof ContentResources;

/** Every namespace, "common" first (where a key without "ns:" is looked up). A tuple, so that t's keys stay typed. */
export type ContentNamespaces = [
  "common", "about", "facilitator", "glossary", "help", "home", "migration", "privacy", "provinces", "questions", "redFlags", "session",
  "sources", "stages", "staff",
];

// Fails to compile when a namespace is added to ContentResources but not to the tuple.
type AssertNever<T extends never> = T;
type _EveryNamespaceListed = AssertNever<Exclude<ContentNamespace, ContentNamespaces[number]>>;
