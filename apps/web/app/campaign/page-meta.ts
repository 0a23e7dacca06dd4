import type { MetaDescriptor } from "@remix-run/node";

/**
 * What a campaign page tells browsers, search engines and link previews about itself. Built by the
 * loader (page-meta.server.ts), turned into tags here, because `meta` also runs in the browser bundle.
 */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute: this page in this language. */
  url: string;
  image: { url: string; alt: string; width: number; height: number };
  /** og:locale form, "id_ID". */
  locale: string;
  otherLocales: string[];
  siteName: string;
  alternates: { lang: string; href: string }[];
}

export function metaTags(meta: PageMeta | undefined, fallbackTitle = "Waspada"): MetaDescriptor[] {
  if (!meta) return [{ title: fallbackTitle }];
  return [
    { title: meta.title },
    { name: "description", content: meta.description },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: meta.siteName },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:url", content: meta.url },
    { property: "og:image", content: meta.image.url },
    { property: "og:image:width", content: String(meta.image.width) },
    { property: "og:image:height", content: String(meta.image.height) },
    { property: "og:image:alt", content: meta.image.alt },
    { property: "og:locale", content: meta.locale },
    ...meta.otherLocales.map((locale) => ({ property: "og:locale:alternate", content: locale })),
    { name: "twitter:card", content: "summary_large_image" },
    { tagName: "link", rel: "canonical", href: meta.url },
    ...meta.alternates.map((a) => ({ tagName: "link", rel: "alternate", hrefLang: a.lang, href: a.href })),
  ];
}
