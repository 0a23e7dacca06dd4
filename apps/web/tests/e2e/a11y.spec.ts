import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CAMPAIGN_PATHS, LANGS, SAMPLE_RED_FLAG_PATHS, horizontalOverflow, inEveryLanguage, redFlagLinks } from "./campaign-pages";
import { quizHydrated } from "./helpers";

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

/** Presses Tab until the focused element matches, as a keyboard user would move through the page. */
async function tabTo(page: Page, matches: (el: { tag: string; type: string; text: string }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName.toLowerCase() ?? "", type: a?.type ?? "", text: a?.textContent?.trim() ?? "" };
    });
    if (matches(el)) return;
  }
  throw new Error("Tab never reached the control.");
}

for (const js of [true, false]) {
  test(`the whole quiz works by keyboard at 360 px, focus moves to each new screen, and every screen passes axe (JavaScript ${js ? "on, text at 200%" : "off, axe skipped: it needs scripts"})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: js, reducedMotion: "reduce", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const focusedHeading = () => page.evaluate(() => (document.activeElement?.tagName === "H2" ? document.activeElement.textContent : null));
    // Without JavaScript each step is a form post and a new page: wait for it to load.
    const enter = async () => {
      if (js) await page.keyboard.press("Enter");
      else await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
    };
    try {
      await page.goto("/en/quiz");
      if (js) await quizHydrated(page);
      // With JavaScript the page stays one document, so text at 200% holds for every screen.
      if (js) await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      await tabTo(page, (el) => el.tag === "button" && el.text === "Start the quiz");
      await enter();
      let screens = 0;
      while (!(await page.locator(".result").count())) {
        // Every new screen starts with its heading focused, so a screen reader reads it first.
        await expect.poll(focusedHeading).toBeTruthy();
        // axe cannot run where scripts are off; the server renders the same markup either way.
        if (js) expect(await violations(page), `screen ${screens}`).toEqual([]);
        // Reduced motion asked for: nothing on the screen moves.
        if (js) expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
        // 360 px wide (and, with JavaScript, text at 200%): nothing makes the page scroll sideways.
        expect(await horizontalOverflow(page), `screen ${screens}`).toBeLessThanOrEqual(0);
        if (await page.locator(".question").count()) {
          await tabTo(page, (el) => el.tag === "input");
          await page.keyboard.press("Space");
          await tabTo(page, (el) => el.tag === "button" && el.text === "Submit answer");
        } else {
          await tabTo(page, (el) => el.tag === "button" && /^(Next|See results)$/.test(el.text));
        }
        await enter();
        screens += 1;
        expect(screens).toBeLessThan(60);
      }
      await expect.poll(focusedHeading).toContain("result");
      if (js) expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
