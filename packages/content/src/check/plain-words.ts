/**
 * Plain Indonesian: words the site no longer uses in public text. Academic calques and officialese
 * that a reader with primary or secondary schooling stumbles on, and the retired second names of two
 * concepts that now have one name each: the scam compound is "kompleks penipuan online", and a worker
 * who left outside the official route is "nonprosedural" (explained once in the glossary).
 *
 * Every Indonesian locale file is checked, the question bank included; staff.json is not public text.
 * A word may stay only in the one text that explains it (`EXPLAINED_IN`), such as the glossary entry
 * that tells a reader which other words the studies use.
 */
import type { Resources } from "../resources";
import { flatten } from "./parity";

export interface RetiredWord {
  /** Matched case-insensitively as whole words ("purna migran" does not match "purnamigran"). */
  word: string;
  /** What to write instead, shown in the problem. */
  instead: string;
}

export const RETIRED_WORDS: readonly RetiredWord[] = [
  { word: "sistem kontrol", instead: "say what is done: dikurung, dijaga, diancam" },
  { word: "kebebasan dasar", instead: "tidak bebas pergi" },
  { word: "profil korban", instead: "say who the victims are" },
  { word: "reintegrasi", instead: "kembali hidup di kampung" },
  { word: "psikososial", instead: "dukungan untuk kesehatan jiwa" },
  { word: "purna migran", instead: "mantan pekerja migran" },
  { word: "migran purna", instead: "mantan pekerja migran" },
  { word: "mekanisme ketenagakerjaan", instead: "jalur kerja resmi" },
  // The scam compound has one name: "kompleks penipuan online", as the study citing Amnesty International says.
  { word: "pusat penipuan", instead: "kompleks penipuan online" },
  { word: "markas penipuan", instead: "kompleks penipuan online" },
  { word: "tempat penipuan", instead: "kompleks penipuan online" },
  // A worker outside the official route is "nonprosedural".
  { word: "tanpa status resmi", instead: "nonprosedural" },
  { word: "status tidak resmi", instead: "nonprosedural" },
  { word: "berstatus tidak resmi", instead: "nonprosedural" },
  { word: "tak berdokumen", instead: "nonprosedural" },
  { word: "tidak berdokumen", instead: "nonprosedural" },
];

/** The language whose public text is held to the list, and the namespaces that are not public text. */
export const PLAIN_LANGUAGE = "id";
export const NOT_PUBLIC = ["staff"] as const;

/** "ns:key" → the retired words that text may name, because it explains them. */
export const EXPLAINED_IN: Readonly<Record<string, readonly string[]>> = {
  "glossary:terms.nonprosedural.definition": ["tidak berdokumen"],
  "glossary:terms.buruh-migran-purna.term": ["migran purna"],
  "glossary:terms.buruh-migran-purna.definition": ["migran purna"],
  "glossary:terms.kompleks-penipuan.definition": ["pusat penipuan"],
};

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
}

const MATCHERS = RETIRED_WORDS.map((retired) => ({ ...retired, pattern: wholeWord(retired.word) }));

export function retiredWordProblems(resources: Resources, words: readonly RetiredWord[] = RETIRED_WORDS): string[] {
  const matchers = words === RETIRED_WORDS ? MATCHERS : words.map((retired) => ({ ...retired, pattern: wholeWord(retired.word) }));
  const problems: string[] = [];
  for (const [ns, json] of Object.entries(resources[PLAIN_LANGUAGE] ?? {})) {
    if ((NOT_PUBLIC as readonly string[]).includes(ns)) continue;
    for (const [path, value] of flatten(json)) {
      if (typeof value !== "string") continue;
      const allowed = EXPLAINED_IN[`${ns}:${path}`] ?? [];
      for (const { word, instead, pattern } of matchers) {
        if (allowed.includes(word) || !pattern.test(value)) continue;
        problems.push(`${PLAIN_LANGUAGE} ${ns}:${path} uses "${word}", which the site no longer uses; write "${instead}"`);
      }
    }
  }
  return problems;
}
