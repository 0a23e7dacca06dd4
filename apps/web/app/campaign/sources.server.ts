import { publishedFactById, readableCitation, textSources, type SourceRef } from "@waspada/content";

/**
 * Citations as a reader sees them, in the page's language ("Yanggolo dkk, 2024, dalam skripsi
 * tentang …"), each once, in order. File names and lines are only on the sources page.
 */
export function citations(lang: string, refs: readonly SourceRef[]): string[] {
  return [...new Set(refs.map((ref) => readableCitation(lang, ref)))];
}

/**
 * The sources of a paragraph of campaign prose. A key with no recorded sources is a mistake in the
 * page, not a fact without a source, so it fails loudly instead of printing nothing.
 */
export function proseSources(lang: string, key: string): string[] {
  const refs = textSources[key];
  if (!refs?.length) throw new Error(`No sources are recorded for the text "${key}".`);
  return citations(lang, refs);
}

/** The published pages behind facts the studies do not hold, as "publisher, date", each once. */
export function publishedCitations(factIds: readonly string[]): string[] {
  const pages = factIds.flatMap((id) => publishedFactById(id)?.source ?? []);
  return [...new Set(pages.map((page) => `${page.publisher}, ${page.date}`))];
}
