import { citationOf, textSources, type SourceRef } from "@waspada/content";

/** Citations as the page prints them ("002_….txt, L43 (Yanggolo dkk, 2024)"), each once, in order. */
export function citations(refs: readonly SourceRef[]): string[] {
  return [...new Set(refs.map(citationOf))];
}

/**
 * The sources of a paragraph of campaign prose. A key with no recorded sources is a mistake in the
 * page, not a fact without a source, so it fails loudly instead of printing nothing.
 */
export function proseSources(key: string): string[] {
  const refs = textSources[key];
  if (!refs?.length) throw new Error(`No sources are recorded for the text "${key}".`);
  return citations(refs);
}
