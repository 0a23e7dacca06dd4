import { redFlags } from "@waspada/content";
import { LANGUAGES } from "../utils/i18n.server";

/** Every public page after its language prefix: "" is the home page /{lang}. */
export const PAGE_PATHS: readonly string[] = [
  "",
  "/quiz",
  "/red-flags",
  "/migration",
  "/help",
  "/glossary",
  "/facilitator",
  "/about",
  "/sources",
  "/privacy",
  "/card",
];

export function allPagePaths(flagIds: readonly string[] = redFlags.map((flag) => flag.id)): string[] {
  return [...PAGE_PATHS, ...flagIds.map((id) => `/red-flags/${id}`)];
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// The origin is PUBLIC_URL's (see remix-handler.mjs); escaped all the same.
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** sitemap.xml: every page in every language, each naming its other-language versions (hreflang). */
export function sitemapXml(origin: string, paths: readonly string[] = allPagePaths(), languages = LANGUAGES): string {
  const entries = paths.flatMap((path) => {
    const alternates = [
      ...languages.map((lang) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${xml(`${origin}/${lang}${path}`)}"/>`),
      ...(path === "" ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(`${origin}/`)}"/>`] : []),
    ].join("\n");
    return languages.map((lang) => `  <url>\n    <loc>${xml(`${origin}/${lang}${path}`)}</loc>\n${alternates}\n  </url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be read except the API; the sitemap is named with an absolute URL, as robots.txt requires. */
export function robotsTxt(origin: string): string {
  return ["User-agent: *", "Allow: /", "Disallow: /api/", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
}
