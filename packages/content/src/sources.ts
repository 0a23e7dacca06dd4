/**
 * Every distinct source the site cites, for the about page: gathered from the catalogue, help,
 * figures, glossary, migration page and question bank, so a new citation anywhere appears here
 * without a second list to keep in step.
 */
import { figures } from "./figures";
import { glossary } from "./glossary";
import { helpContacts } from "./help";
import { migrationBasics, migrationSteps } from "./migration";
import { questionBank } from "./questions";
import { redFlags } from "./red-flags";
import { citationOf } from "./refs";
import type { SourceEntry, SourceRef } from "./types";

/** A readable id that stays the same while the reference does: "002-l43-yanggolo-dkk-2024". */
export function sourceId(source: SourceRef): string {
  const slug = `${source.seed.slice(0, 3)} ${source.lines} ${source.cites}`
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.slice(0, 80).replace(/-$/, "");
}

function firstLine(lines: string): number {
  return Number(/\d+/.exec(lines)?.[0] ?? 0);
}

/** Every SourceRef used anywhere in the content, in the order the lists hold them. */
export function allSourceRefs(): SourceRef[] {
  return [
    ...redFlags.flatMap((flag) => flag.sources),
    ...questionBank.flatMap((question) => question.sources),
    ...helpContacts.flatMap((contact) => contact.source),
    ...figures.map((figure) => figure.source),
    ...glossary.flatMap((entry) => (entry.source === "public-knowledge" ? [] : entry.source)),
    ...migrationBasics.concat(migrationSteps).flatMap((step) => step.sources),
  ];
}

export function collectSources(refs: SourceRef[]): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const source of refs) {
    const id = sourceId(source);
    if (!byId.has(id)) byId.set(id, { id, ref: source, citation: citationOf(source) });
  }
  return [...byId.values()].sort(
    (a, b) =>
      a.ref.seed.localeCompare(b.ref.seed) ||
      firstLine(a.ref.lines) - firstLine(b.ref.lines) ||
      a.ref.cites.localeCompare(b.ref.cites),
  );
}

export const sources: SourceEntry[] = collectSources(allSourceRefs());
