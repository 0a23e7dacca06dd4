import type { LoaderFunctionArgs } from "@remix-run/node";
import { LANGUAGES, getT, requireLanguage } from "../utils/i18n.server";
import { switchLanguagePath } from "../utils/language";
import { ogLocale } from "./locale.server";
import type { PageMeta } from "./page-meta";

// One image for every language: it carries the name and the tagline in Indonesian and English.
export const SOCIAL_IMAGE = { path: "/social-preview.png", width: 1200, height: 630 };

/** The path without a trailing slash, so /id/help/ and /id/help name one canonical page. */
function cleanPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
}

/** "Red flags | Waspada"; the home page passes its own full title instead. */
export function pageTitle(lang: string, title: string): string {
  return `${title} | ${getT(lang)("common:siteName")}`;
}

/**
 * A page's meta data. Link previews need absolute URLs: they are made from the request's origin,
 * which the production server (remix-handler.mjs) sets to PUBLIC_URL, never to the Host header.
 */
export function pageMeta(request: Request, lang: string, text: { title: string; description: string }): PageMeta {
  const t = getT(lang);
  const url = new URL(request.url);
  const path = cleanPath(url.pathname);
  const siteName = t("common:siteName");
  return {
    title: text.title,
    description: text.description,
    url: url.origin + path,
    image: {
      url: url.origin + SOCIAL_IMAGE.path,
      alt: `${siteName}: ${t("common:tagline")}`,
      width: SOCIAL_IMAGE.width,
      height: SOCIAL_IMAGE.height,
    },
    locale: ogLocale(lang),
    otherLocales: LANGUAGES.filter((code) => code !== lang).map(ogLocale),
    siteName,
    alternates: [
      ...LANGUAGES.map((code) => ({ lang: code, href: url.origin + switchLanguagePath(path, code) })),
      // "/" picks the reader's language itself, which is what x-default means.
      ...(path === `/${lang}` ? [{ lang: "x-default", href: `${url.origin}/` }] : []),
    ],
  };
}

/**
 * The loader of a campaign page made by `build`: the language from the URL (404 for one we do not
 * have), the page's words, and its meta data from the page's own title and intro.
 */
export function campaignPageLoader<P extends { text: { title: string; intro: string } }>(build: (lang: string, origin: string) => P) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const lang = requireLanguage(params.lang);
    const page = build(lang, new URL(request.url).origin);
    return { lang, page, meta: pageMeta(request, lang, { title: pageTitle(lang, page.text.title), description: page.text.intro }) };
  };
}
