import type { QuizTexts } from "./build-model";

/**
 * The words of one drawn quiz, sent to the browser so that, with JavaScript, every step happens
 * there without a round trip: the texts of the drawn questions, the red flags they teach and the
 * few quiz sentences around them. Made by quizPack() in quiz-texts.server.ts.
 */
export interface QuizPack {
  /** "ns:key.path" → the sentence, placeholders as {{name}}. */
  texts: Record<string, string>;
  sources: Record<string, string[]>;
  looks: Record<string, "advert" | "chat">;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** QuizTexts over a pack; a key the pack lacks shows as itself, as i18next would. */
export function textsFromPack(pack: QuizPack): QuizTexts {
  return {
    t: (key, vars) => (pack.texts[key] ?? key).replace(PLACEHOLDER, (all, name: string) => String(vars?.[name] ?? all)),
    sources: (id) => pack.sources[id] ?? [],
    look: (id) => pack.looks[id],
    isRedFlag: (id) => `redFlags:${id}.name` in pack.texts,
  };
}
