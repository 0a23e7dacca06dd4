import { DEFAULT_LANGUAGE, LANGUAGES, getT, isLanguage } from "@waspada/content";

export { DEFAULT_LANGUAGE, LANGUAGES, getT, isLanguage };

/** The route's language, or a 404 for a language we do not have. */
export function requireLanguage(lang: string | undefined): string {
  if (!lang || !isLanguage(lang)) throw new Response("Not found", { status: 404 });
  return lang;
}

/** Looks up several keys at once: the strings a page sends to its component. */
export function pick<K extends string>(lang: string, keys: Record<K, string>): Record<K, string> {
  const t = getT(lang);
  const out = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, string][]) out[name] = t(key);
  return out;
}
