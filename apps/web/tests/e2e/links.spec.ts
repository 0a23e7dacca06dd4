import { expect, test } from "@playwright/test";
import { CAMPAIGN_PATHS, LANGS, SAMPLE_RED_FLAG_PATHS } from "./campaign-pages";

// Every link a campaign page shows leads somewhere that exists: each same-site link answers below 400
// (following redirects while they stay on this site), and a link to a #fragment finds an element with
// that id on its target page. Links to other sites, and redirects to them (quick exit), are not fetched.
for (const lang of LANGS) {
  test(`every internal link on the ${lang} campaign pages resolves`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    const answers = new Map<string, { status: number; html: string }>();
    const broken: string[] = [];
    for (const from of [...CAMPAIGN_PATHS, ...SAMPLE_RED_FLAG_PATHS].map((path) => `/${lang}${path}`)) {
      expect((await page.goto(from))?.status(), from).toBe(200);
      const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const href of new Set(hrefs)) {
        const url = new URL(href, page.url());
        if (url.origin !== origin) continue;
        const target = url.pathname + url.search;
        let answer = answers.get(target);
        if (!answer) {
          let response = await request.get(target, { maxRedirects: 0 });
          for (let hops = 0; hops < 5 && response.status() >= 300 && response.status() < 400; hops++) {
            const next = new URL(response.headers()["location"] ?? "", url);
            if (next.origin !== origin) break;
            response = await request.get(next.pathname + next.search, { maxRedirects: 0 });
          }
          answer = { status: response.status(), html: response.ok() ? await response.text() : "" };
          answers.set(target, answer);
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (answer.status >= 400) broken.push(`${from}: ${href} answers ${answer.status}`);
        else if (id && !answer.html.includes(`id="${id}"`)) broken.push(`${from}: ${href} has no element #${id}`);
      }
    }
    expect(broken).toEqual([]);
    // the pages link to each other and to the quiz: a crawl that found no links checked nothing
    expect([...answers.keys()]).toEqual(expect.arrayContaining([`/${lang}/quiz`, `/${lang}/help`, `/${lang}/facilitator`, `/${lang}/privacy`]));
  });
}
