import { DEFAULT_LANGUAGE, isLanguage } from "../utils/i18n.server";

/** The dashboard's own language, from `?lang=` (kept in every link), so a shared view keeps it. */
export function staffLang(request: Request): string {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang && isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** A staff path with the language and any other parameters; the default language is left out. */
export function withLang(path: string, lang: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  if (lang !== DEFAULT_LANGUAGE) search.set("lang", lang);
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Only our own staff pages are places to return to after sign-in. */
export function safeNext(next: string | null | undefined): string {
  return next && /^\/staff(\/|\?|$)/.test(next) && !next.startsWith("//") ? next : "/staff";
}
