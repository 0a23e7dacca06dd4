import { getT } from "../utils/i18n.server";

const TAG = /^[a-z]{2,3}-[A-Z]{2}$/;

/**
 * A BCP 47 tag for Intl ("en-GB"): each language's common.json names the region its texts are
 * written for (language.locale, checked by content:check), so a new locale folder brings its own.
 */
export function localeTag(lang: string): string {
  const tag = getT(lang)("common:language.locale");
  return TAG.test(tag) ? tag : lang;
}

/** The form Open Graph wants: "en_GB". */
export function ogLocale(lang: string): string {
  return localeTag(lang).replace("-", "_");
}
