/**
 * Building SourceRefs by a short seed number ("002" for 002_48b54daefc0ecb57.txt),
 * so that the catalogue reads like a list of citations and a typo in a file name cannot happen.
 */
import type { SeedFile, SourceRef } from "./types";

export const SEED_FILES = {
  "000": "000_80ac7f0889c80d2f.txt",
  "001": "001_2bd81cab7ae836d6.txt",
  "002": "002_48b54daefc0ecb57.txt",
  "003": "003_b95605e59352330b.txt",
  "004": "004_2d0b6085f2bf3713.txt",
} as const satisfies Record<string, SeedFile>;

export type SeedKey = keyof typeof SEED_FILES;

/** `lines` as citations write them: "L35" or "L43–L45" (en dash). `cites`: the seed's own reference or "uncited". */
export function ref(seed: SeedKey, lines: string, cites: string): SourceRef {
  return { seed: SEED_FILES[seed], lines, cites };
}

export function citationOf(source: SourceRef): string {
  return `${source.seed}, ${source.lines} (${source.cites})`;
}
