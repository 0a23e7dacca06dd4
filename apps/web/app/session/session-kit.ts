import type { QuizDefinition } from "@waspada/quiz-engine";
import type { QuizTexts } from "../quiz/screen";

/**
 * Everything a village session needs in one language, sent with the page so that, once the page
 * is cached, a whole session runs with the network off: the quiz definition (ids), the words of
 * every question, the session's own words, the checks, notes and help. Made by sessionKit().
 */
export interface SessionKit {
  lang: string;
  languages: { code: string; name: string; href: string }[];
  definition: QuizDefinition;
  pack: QuizTexts;
  /** session.json flattened ("setup.heading" → text), placeholders as {{name}}. */
  words: Record<string, string>;
  /** The most people a session may count (the results store's limit). */
  maxPeople: number;
  /** Questions per length: about 15 and about 30 minutes. */
  lengths: { short: number; long: number };
  provinces: { code: string; name: string }[];
  checks: SessionCheckText[];
  /** A discussion prompt per stage of migration. */
  prompts: Record<string, string>;
  safeguarding: { heading: string; intro: string; points: string[]; sources: string[] };
  closing: string;
  help: { id: string; name: string; does: string }[];
  /** The site's address for the summary's QR code, and the code itself as SVG (made on the server). */
  siteUrl: string;
  qrSvg: string;
  links: { home: string; help: string; guide: string; session: string; notes: string };
}

export interface SessionCheckText {
  id: string;
  text: string;
  answer: boolean;
  sources: string[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A session word with its placeholders filled; a missing key shows as itself. */
export function wordsOf(kit: Pick<SessionKit, "words">) {
  return (key: string, vars?: Record<string, string | number>) =>
    (kit.words[key] ?? key).replace(PLACEHOLDER, (all, name: string) => String(vars?.[name] ?? all));
}
