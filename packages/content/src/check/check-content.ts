/**
 * All content checks in one call, used by `npm run content:check` and by the tests. By default it
 * checks the package's own content; tests pass changed copies to prove each check can fail.
 */
import type { QuizDefinition } from "@waspada/quiz-engine";
import { helpChannels, publishedFacts, type HelpChannel, type PublishedFact } from "../channels";
import { figures } from "../figures";
import { glossary } from "../glossary";
import { helpContacts } from "../help";
import { languages, resources } from "../locales";
import { migrationBasics, migrationSteps } from "../migration";
import { questionBank } from "../questions";
import { coreQuiz } from "../quiz";
import { redFlags } from "../red-flags";
import { REFERENCE_LANGUAGE } from "../resources";
import { sourceId } from "../sources";
import { studies } from "../studies";
import { textSources } from "../text-sources";
import type { BankQuestion, SourceRef } from "../types";
import { readableCitation, FILE_NAME } from "../references";
import { channelProblems, fileNameProblems } from "./channels-check";
import { catalogueProblems, type CatalogueInput } from "./catalogue-check";
import { buildCoverage, type Coverage } from "./coverage";
import { lengthProblems } from "./lengths";
import { localeShapeProblems } from "./locale-schemas";
import { parityProblems } from "./parity";
import { retiredWordProblems } from "./plain-words";
import { BANK_TARGETS, bankCounts, questionProblems, type BankTargets } from "./questions-check";
import { seedProblems, type SeedTexts } from "./seeds-check";
import { studyListProblems, studySeedProblems } from "./studies-check";
import { versionProblems } from "./version-check";

export interface ContentInput extends CatalogueInput {
  questions: BankQuestion[];
  definition: QuizDefinition;
  targets: BankTargets;
  helpChannels: HelpChannel[];
  publishedFacts: PublishedFact[];
  /** The seed texts to hold every source against; without them that check is skipped. */
  seeds?: SeedTexts;
}

export interface ContentReport {
  problems: string[];
  coverage: Coverage;
  counts: Record<string, number>;
  seedsChecked: boolean;
}

export function packageContent(): ContentInput {
  return {
    resources,
    languages,
    redFlags,
    helpContacts,
    figures,
    glossary,
    migrationBasics,
    migrationSteps,
    textSources,
    questions: questionBank,
    definition: coreQuiz,
    targets: BANK_TARGETS,
    helpChannels,
    publishedFacts,
  };
}

function everySource(input: ContentInput): SourceRef[] {
  return [
    ...input.redFlags.flatMap((flag) => flag.sources),
    ...input.questions.flatMap((question) => question.sources ?? []),
    ...input.helpContacts.flatMap((contact) => contact.source),
    ...input.figures.map((figure) => figure.source),
    ...input.glossary.flatMap((entry) => (Array.isArray(entry.source) ? entry.source : [])),
    ...[...input.migrationBasics, ...input.migrationSteps].flatMap((step) => step.sources),
    ...Object.values(input.textSources).flat(),
  ];
}

function sourceIdProblems(refs: SourceRef[]): string[] {
  const citations = new Map<string, Set<string>>();
  for (const ref of refs) {
    const id = sourceId(ref);
    const set = citations.get(id) ?? new Set<string>();
    set.add(`${ref.seed} ${ref.lines} (${ref.cites})`);
    citations.set(id, set);
  }
  return [...citations].filter(([, set]) => set.size > 1).map(([id, set]) => `source id "${id}" is shared by ${[...set].join(" and ")}`);
}

/** Every citation a reader sees is words, never a study's file name. */
function readableCitationProblems(refs: SourceRef[], languages: string[]): string[] {
  const problems = new Set<string>();
  for (const lng of languages) {
    for (const ref of refs) {
      if (FILE_NAME.test(readableCitation(lng, ref))) problems.add(`${lng}: the citation of ${ref.seed} ${ref.lines} (${ref.cites}) shows a file name`);
    }
  }
  return [...problems];
}

export function checkContent(overrides: Partial<ContentInput> = {}): ContentReport {
  const input: ContentInput = { ...packageContent(), ...overrides };
  const problems: string[] = [];
  for (const lng of input.languages) {
    for (const [ns, json] of Object.entries(input.resources[lng] ?? {})) problems.push(...localeShapeProblems(lng, ns, json));
  }
  problems.push(
    ...parityProblems(input.resources, input.languages, REFERENCE_LANGUAGE),
    ...catalogueProblems(input),
    ...questionProblems(input),
    ...lengthProblems(input.resources, input.languages),
    ...sourceIdProblems(everySource(input)),
    ...versionProblems(input.definition),
    ...studyListProblems(studies),
    ...channelProblems(input.helpChannels, input.publishedFacts, input.resources, input.languages),
    ...fileNameProblems(input.resources, input.languages),
    ...retiredWordProblems(input.resources),
    ...readableCitationProblems(everySource(input), input.languages),
  );
  if (input.seeds) problems.push(...seedProblems(everySource(input), input.seeds), ...studySeedProblems(studies, input.seeds));
  return {
    problems,
    coverage: buildCoverage(input.questions, input.redFlags),
    counts: bankCounts(input.questions, input.targets),
    seedsChecked: input.seeds !== undefined,
  };
}
