/**
 * Shapes of the content: facts (ids, sources) live in TypeScript; every sentence lives in
 * locales/{lng}/{namespace}.json and is looked up by key.
 */
import type { Question, Stage } from "@waspada/quiz-engine";

/** The five source studies, by seed file (their full references are in studies.ts). */
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

/** A red flag (rf01…rf33 are the core ones). Text: locales/{lng}/redFlags.json → `{id}.name|why|instead`. */
export interface RedFlag {
  id: string; // "rf01" … "rf33", and "rf18a"
  stages: Stage[];
  type: "tactic" | "control" | "exploitation" | "risk" | "consequence";
  core: boolean;
  sources: SourceRef[];
  /** Published facts (channels.ts `publishedFacts` ids) behind what the studies do not cover. */
  published?: string[];
}

/** A question of the bank: the engine's definition plus where its facts come from. */
export type BankQuestion = Question & {
  sources: SourceRef[];
  /** How a spot question is drawn: a social-media job advert or a chat thread. */
  look?: "advert" | "chat";
  /** Published facts (channels.ts `publishedFacts` ids) behind what the studies do not cover. */
  published?: string[];
  /**
   * The sources behind each explanation the quiz shows, keyed "why" or by option, part or story
   * choice id: seed passages and published fact ids, all among `sources` and `published`. Built with
   * `explained` (questions/build.ts); only "why" and a neutral part may cite nothing.
   */
  explains?: Record<string, Backing[]>;
};

/** What backs one explanation: a seed passage, or the id of a published fact (channels.ts). */
export type Backing = SourceRef | string;

/** Where a help channel's phone number or address was checked; required before one is shown. */
export interface ContactSource {
  /** The official page or document the contact was taken from, in words a reader can follow. */
  where: string;
  /** ISO date (YYYY-MM-DD) the contact was last checked there. */
  checked: string;
}

/**
 * An organisation or channel on the help page. Text: locales/{lng}/help.json → `contacts.{id}.name|does`.
 * `phone` and `url` stay empty until someone records where they were verified (`contactSource`).
 */
export interface HelpContact {
  id: string;
  kind: "ngo" | "government" | "village" | "international";
  /** Where the seeds describe what this organisation does. */
  source: SourceRef[];
  /** ISO date the entry was last checked against the studies. */
  checked: string;
  phone?: string;
  url?: string;
  contactSource?: ContactSource;
}

/** A key figure for the home page. Text: locales/{lng}/home.json → `figures.{id}.value|label`. */
export interface Figure {
  id: string;
  source: SourceRef;
}

/** A glossary term. Text: locales/{lng}/glossary.json → `terms.{id}.term|definition`. */
export interface GlossaryEntry {
  id: string;
  /**
   * Where the seeds use the term; "public-knowledge" for a word people use that neither the seeds nor
   * a published page explains (the page says so). An empty list when `published` carries it alone.
   */
  source: SourceRef[] | "public-knowledge";
  /** Published facts (channels.ts `publishedFacts` ids) behind what the studies do not cover. */
  published?: string[];
}

/**
 * One step of safe, procedural migration. "seed" steps are stated in a seed;
 * "inference" steps are a reading of seed facts; "published" steps come from published pages
 * (`published`) on what the seeds do not cover. The page labels each.
 * Text: locales/{lng}/migration.json → `steps.{id}.title|body`.
 */
export interface MigrationStep {
  id: string;
  basis: "seed" | "inference" | "published";
  sources: SourceRef[];
  /** Published facts (channels.ts `publishedFacts` ids) behind what the studies do not cover. */
  published?: string[];
}

/** A distinct source of the site, with a stable id and a citation for the about page. */
export interface SourceEntry {
  id: string;
  ref: SourceRef;
  /** e.g. "002_48b54daefc0ecb57.txt, L43 (Yanggolo dkk, 2024)" */
  citation: string;
}
