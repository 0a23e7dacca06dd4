/**
 * Citations people can read: who said it, and in which of the five studies, in the page's language
 * ("Yanggolo dkk, 2024, dalam skripsi tentang …"). The file name and line of a citation stay with the
 * researchers' list on the sources page (`citationOf`), never in the text a reader sees.
 */
import { getT } from "./i18n";
import { SEED_FILES, type SeedKey } from "./refs";
import type { SourceRef } from "./types";

export const STUDY_KEYS = Object.keys(SEED_FILES) as SeedKey[];

export function studyKeyOf(source: SourceRef): SeedKey {
  return source.seed.slice(0, 3) as SeedKey;
}

/** The anchor of a study on the sources page: "study-002". */
export function studyAnchor(source: SourceRef): string {
  return `study-${studyKeyOf(source)}`;
}

/**
 * Who the study itself cites for the fact, without footnote numbers or notes: "fn 19 (Yuwanti, 2021)"
 * → "Yuwanti, 2021"; "uncited…" → undefined (the study says it in its own words).
 */
export function citedWork(source: SourceRef): string | undefined {
  const cites = source.cites.trim();
  if (/^uncited/i.test(cites)) return undefined;
  const footnote = /^fn \d+\s*\((.*)\)\s*$/.exec(cites);
  return (footnote?.[1] ?? cites).trim() || undefined;
}

/** "Yanggolo dkk, 2024, dalam skripsi tentang kerja sama Indonesia–Kamboja …", in `lang`. */
export function readableCitation(lang: string, source: SourceRef): string {
  const t = getT(lang);
  const study = t(`sources:studies.${studyKeyOf(source)}.short`);
  const cited = citedWork(source);
  return cited ? t("sources:in", { cited, study }) : study;
}

/** A seed file name, as it must never appear in a reader's citation. */
export const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b/;
