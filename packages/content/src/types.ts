/**
 * Shapes of the content: facts (ids, sources) live in TypeScript; every sentence lives in
 * locales/{lng}/{namespace}.json and is looked up by key.
 */
import type { Question, Stage } from "@waspada/quiz-engine";

/** The five source studies in shared/seeds/ (see shared/content/brief.md §1). */
export type SeedFile =
  | "000_80ac7f0889c80d2f.txt"
  | "001_2bd81cab7ae836d6.txt"
  | "002_48b54daefc0ecb57.txt"
  | "003_b95605e59352330b.txt"
  | "004_2d0b6085f2bf3713.txt";

/**
 * Where a fact comes from: the seed file, its line(s) (as `sed -n 'Np'` counts them), and the
 * reference the seed itself cites ("uncited" when it cites none; seed 001 uses footnotes: "fn 5 (…)").
 */
export interface SourceRef {
  seed: SeedFile;
  lines: string; // "L35" or "L43–L45"
  cites: string; // "BBC News, 2025"
}

/** A red flag from the brief's §2 (rf01…rf33 are the core ones). Text: locales/{lng}/redFlags.json → `{id}.name|why|instead`. */
export interface RedFlag {
  id: string; // "rf01" … "rf33" (brief's RF01…RF33; RF18a → "rf18a")
  stages: Stage[];
  type: "tactic" | "control" | "exploitation" | "risk" | "consequence";
  core: boolean;
  sources: SourceRef[];
}

/** A question of the bank: the engine's definition plus where its facts come from. */
export type BankQuestion = Question & { sources: SourceRef[] };
