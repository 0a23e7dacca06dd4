// The region each language is written for: British English spelling and day-month dates match the
// English texts. A language added later without an entry here falls back to its bare code.
const REGIONS: Record<string, string> = { id: "id-ID", en: "en-GB" };

/** A BCP 47 tag for Intl: "en-GB". */
export function localeTag(lang: string): string {
  return REGIONS[lang] ?? lang;
}

/** The form Open Graph wants: "en_GB". */
export function ogLocale(lang: string): string {
  return localeTag(lang).replace("-", "_");
}
