import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CAMPAIGN_PATHS, LANGS, SAMPLE_RED_FLAG_PATHS, horizontalOverflow, inEveryLanguage, redFlagLinks } from "./campaign-pages";

// WCAG 2.2 AA as axe-core tags it (wcag22aa holds the rules new in 2.2).
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's violations as lines a person can act on: rule, impact, what to fix, and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${page.url()} ${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes.map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary ?? ""}`).join("\n"),
  );
}

const PAGES = [...inEveryLanguage([...CAMPAIGN_PATHS, "/quiz"]), "/id/red-flags/rf999", "/en/red-flags/rf999"];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`every ${lang} red-flag page has no WCAG 2.2 AA violations`, async ({ page }) => {
    // 43 pages, each with a full axe run: about 1 s a page on a shared 2-core machine.
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const href of await redFlagLinks(page, lang)) {
      await page.goto(href);
      found.push(...(await violations(page)));
    }
    expect(found).toEqual([]);
  });
}

test.describe("at 360 px wide with text at 200%", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of inEveryLanguage([...CAMPAIGN_PATHS, "/quiz", ...SAMPLE_RED_FLAG_PATHS])) {
    test(`${path} reflows without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      // The stylesheet sizes text in rem, so doubling the root size is what a 200% text setting does.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "200%";
      });
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe("32px");
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await violations(page)).toEqual([]);
    });
  }
});
