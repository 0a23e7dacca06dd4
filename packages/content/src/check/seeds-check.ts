/**
 * Holding each SourceRef against the seed text itself (when the folder named by WASPADA_SEEDS is at hand): the lines
 * exist and are not blank, and the reference the seed cites is named in those lines or where the
 * seed puts it for them: the rest of a sentence cut by a page break, and, for a list item, the
 * line that introduces the list.
 */
import type { SeedFile, SourceRef } from "../types";
import { LINES } from "./schemas";

/** Seed file → its lines (index 0 is L1). */
export type SeedTexts = Partial<Record<SeedFile, string[]>>;

const LIST_ITEM = /^\s*(?:[-•]|\d+\.|[a-z]\.)\s/;

/** The text a reference may be named in: the cited lines, a sentence's continuation, a list's introduction. */
export function citingText(lines: string[], from: number, to: number): string {
  const picked = lines.slice(from - 1, to);
  const last = picked.filter((line) => line.trim() !== "").at(-1) ?? "";
  const next = lines.slice(to).find((line) => line.trim() !== "");
  // A paragraph cut mid-sentence by a page break carries on, reference and all, on the next line.
  if (next !== undefined && !/[.!?:)”"]\s*$/.test(last)) picked.push(next);
  if (picked.some((line) => LIST_ITEM.test(line))) {
    const intro = lines
      .slice(0, from - 1)
      .reverse()
      .find((line) => line.trim() !== "" && !LIST_ITEM.test(line));
    if (intro !== undefined) picked.unshift(intro);
  }
  return picked.join("\n").replaceAll("*", "");
}

/** The word that must appear for each reference in `cites`; none for "uncited" and footnotes. */
export function citedNames(cites: string): string[] {
  if (/^(uncited|fn\b)/i.test(cites.trim())) return [];
  return cites
    .split(";")
    .map((part) => /^[\p{L}\p{N}'’]+/u.exec(part.trim())?.[0] ?? "")
    .filter((word) => word.length > 0);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function refProblems(ref: SourceRef, seeds: SeedTexts): string[] {
  const lines = seeds[ref.seed];
  const match = LINES.exec(ref.lines);
  if (!lines || !match) return [];
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  const where = `source ${ref.seed} ${ref.lines} (${ref.cites})`;
  if (from < 1 || to > lines.length) return [`${where}: the seed has only ${lines.length} lines`];
  if (lines.slice(from - 1, to).every((line) => line.trim() === "")) return [`${where}: the cited lines are blank`];
  const text = citingText(lines, from, to);
  return citedNames(ref.cites)
    .filter((name) => !new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, "u").test(text))
    .map((name) => `${where}: the seed does not name "${name}" there`);
}

/** Each distinct reference checked once. */
export function seedProblems(refs: SourceRef[], seeds: SeedTexts): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const ref of refs) {
    const key = `${ref.seed}|${ref.lines}|${ref.cites}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(...refProblems(ref, seeds));
  }
  return problems;
}
