/**
 * Small builders for the bank's repetitive shapes, so each question reads as its facts:
 * which option is right, which parts of an advert are red flags.
 */
import type { ChoiceOption, RedFlagId, SpotPart } from "@waspada/quiz-engine";
import type { Backing, BankQuestion, SourceRef } from "../types";

const OPTION_IDS = ["a", "b", "c", "d"] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** Options "a", "b", … with only `correct` marked right; each question puts it somewhere else. */
export function optionsWith(count: 2 | 3 | 4, correct: OptionId): ChoiceOption[] {
  return OPTION_IDS.slice(0, count).map((id) => ({ id, correct: id === correct }));
}

/** Parts "p1", "p2", … in reading order; `null` is a neutral part, anything else the flag it shows. */
export function partsInOrder(...flags: (RedFlagId | null)[]): SpotPart[] {
  return flags.map((flag, index) => (flag === null ? { id: `p${index + 1}` } : { id: `p${index + 1}`, redFlag: flag }));
}

/** The flags a spot question teaches are exactly the ones its parts show, in reading order. */
export function flagsShown(parts: readonly SpotPart[]): RedFlagId[] {
  return [...new Set(parts.flatMap((part) => (part.redFlag === undefined ? [] : [part.redFlag])))];
}

/**
 * A question's sources from the sources of each of its explanations ("why", and each option, part
 * or choice id): the question cites exactly the passages and published facts its explanations use,
 * each once, in the order they first appear.
 */
export function explained(explains: Record<string, Backing[]>): Pick<BankQuestion, "sources" | "published" | "explains"> {
  const all = Object.values(explains).flat();
  const sources = [...new Set(all.filter((b): b is SourceRef => typeof b !== "string"))];
  const published = [...new Set(all.filter((b): b is string => typeof b === "string"))];
  return published.length ? { sources, published, explains } : { sources, explains };
}
