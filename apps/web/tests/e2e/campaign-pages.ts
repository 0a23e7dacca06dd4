import { expect, type Page } from "@playwright/test";

export const LANGS = ["id", "en"] as const;

/** The campaign pages after the language prefix ("" is the home page). Red-flag pages are found from their index. */
export const CAMPAIGN_PATHS = ["", "/red-flags", "/migration", "/help", "/glossary", "/facilitator", "/about", "/sources", "/privacy", "/card"];

/** Red-flag pages share one template; these two are the largest (rf31) and the first in the list. */
export const SAMPLE_RED_FLAG_PATHS = ["/red-flags/rf31", "/red-flags/rf01"];

export function inEveryLanguage(paths: readonly string[]): string[] {
  return LANGS.flatMap((lang) => paths.map((path) => `/${lang}${path}`));
}

/** Collects every request that would leave this machine: the site must make none. */
export function watchOutsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  return outside;
}

/** The red-flag pages the index links to, each once, in the index's order. */
export async function redFlagLinks(page: Page, lang: string): Promise<string[]> {
  const response = await page.goto(`/${lang}/red-flags`);
  expect(response?.status()).toBe(200);
  const hrefs = await page.locator(`main a[href^="/${lang}/red-flags/"]`).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
  return [...new Set(hrefs)];
}

/**
 * How many CSS pixels the page is wider than the screen (0 when nothing overflows). Compared with
 * clientWidth, not innerWidth: a mobile browser widens its layout viewport (innerWidth) to fit
 * content that overflows, which would hide the very overflow we look for.
 */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
