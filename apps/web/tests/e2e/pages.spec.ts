import { expect, test, type Page, type Response } from "@playwright/test";
import {
  CAMPAIGN_PATHS,
  LANGS,
  SAMPLE_RED_FLAG_PATHS,
  horizontalOverflow,
  inEveryLanguage,
  redFlagLinks,
  watchOutsideRequests,
} from "./campaign-pages";
import { OTHER_SCRIPTS } from "./helpers";

// The server makes absolute links from its public origin (PUBLIC_URL, by default the address it listens on).
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const HEADER_PATHS = ["", "/quiz", "/red-flags", "/migration", "/help"];

function expectSecurityHeaders(response: Response | null) {
  const headers = response?.headers() ?? {};
  // No script runs but the nonce'd quick exit (no 'self', no inline).
  expect(headers["content-security-policy"]).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+';/);
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toBeTruthy();
}

/** What every zero-JavaScript page must be: found, in its language, one h1, no script but quick exit, secure headers. */
async function expectCampaignPage(page: Page, path: string, lang: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expectSecurityHeaders(response);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("h1")).not.toBeEmpty();
  await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
  await expect(page.locator("main")).toHaveCount(1);
}

for (const path of inEveryLanguage(CAMPAIGN_PATHS)) {
  const lang = path.split("/")[1] ?? "";
  test(`${path} is a complete zero-JavaScript page`, async ({ page }) => {
    const outside = watchOutsideRequests(page);
    await expectCampaignPage(page, path, lang);

    await expect(page).toHaveTitle(/\S/);
    const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
    expect(await meta('name="description"')).toBeTruthy();
    expect(await meta('property="og:title"')).toBe(await page.title());
    expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
    expect(await meta('property="og:locale"')).toMatch(new RegExp(`^${lang}(_[A-Z]{2})?$`));
    expect(await meta('property="og:url"')).toBe(ORIGIN + path);
    const image = await meta('property="og:image"');
    expect(image).toBe(`${ORIGIN}/social-preview.png`);
    // The header marks the link to the page you are on, when it has one.
    const current = page.locator('nav a[aria-current="page"]');
    if (HEADER_PATHS.includes(path.slice(3))) await expect(current).toHaveAttribute("href", path);
    else await expect(current).toHaveCount(0);
    // Every link on the page stays on the site, apart from the quick exit, the card's WhatsApp share link
    // and links marked as leading out (help channels' websites and WhatsApp, published sources).
    const external = await page.locator("a[href^='http']:not([data-quick-exit]):not([data-share]):not([data-external])").count();
    expect(external).toBe(0);
    expect(outside).toEqual([]);
  });
}

test("the English and Indonesian titles differ on every campaign page", async ({ page }) => {
  for (const path of CAMPAIGN_PATHS) {
    await page.goto(`/id${path}`);
    const id = await page.title();
    await page.goto(`/en${path}`);
    expect(await page.title(), path).not.toBe(id);
  }
});

test("the social preview image is a PNG served from the site", async ({ request }) => {
  const response = await request.get("/social-preview.png");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // PNG header, then the IHDR width and height (big-endian) at bytes 16–23.
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

for (const lang of LANGS) {
  test(`every red flag linked from the ${lang} index has its own page`, async ({ page }) => {
    const outside = watchOutsideRequests(page);
    const links = await redFlagLinks(page, lang);
    // The catalogue has 34 core red flags and 9 context items (packages/content).
    expect(links.length).toBe(43);
    for (const href of links) {
      await expectCampaignPage(page, href, lang);
      await expect(page.locator("main ul.sources li").first()).toBeVisible();
      await expect(page.locator(`main a[href="/${lang}/quiz"]`)).toHaveCount(1);
      await expect(page.locator(`main a[href="/${lang}/red-flags"]`)).toHaveCount(1);
    }
    expect(outside).toEqual([]);
  });

  test(`an unknown red flag is a kind 404 in ${lang}`, async ({ page }) => {
    const response = await page.goto(`/${lang}/red-flags/rf999`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
    await expect(page.locator(`main a[href="/${lang}/red-flags"]`)).toBeVisible();
    await expect(page).toHaveTitle(/\| Waspada$/);
  });
}

test("robots.txt allows the site, keeps crawlers off the API and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n");
  expect(lines).toContain("User-agent: *");
  expect(lines).toContain("Allow: /");
  expect(lines).toContain("Disallow: /api/");
  expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
});

test("sitemap.xml is valid XML listing every page in both languages with alternates", async ({ page, request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  await page.goto("/id/privacy");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      urls: [...doc.getElementsByTagNameNS(ns, "url")].map((url) => ({
        loc: url.getElementsByTagNameNS(ns, "loc")[0]?.textContent ?? "",
        alternates: [...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map(
          (link) => `${link.getAttribute("hreflang")} ${link.getAttribute("href")}`,
        ),
      })),
    };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");

  const locs = parsed.urls.map((url) => url.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const path of [...inEveryLanguage([...CAMPAIGN_PATHS, "/quiz"])]) expect(locs).toContain(ORIGIN + path);
  for (const lang of LANGS) {
    const flags = (await redFlagLinks(page, lang)).map((href) => ORIGIN + href);
    expect(locs.filter((loc) => loc.startsWith(`${ORIGIN}/${lang}/red-flags/`)).sort()).toEqual(flags.sort());
  }
  for (const url of parsed.urls) {
    const rest = url.loc.slice(ORIGIN.length + 3);
    for (const lang of LANGS) expect(url.alternates).toContain(`${lang} ${ORIGIN}/${lang}${rest}`);
  }
  // Every listed page answers.
  for (const loc of locs) expect((await request.get(loc)).status(), loc).toBe(200);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ["/id", "/en/help", "/id/about", "/id/facilitator", ...inEveryLanguage(SAMPLE_RED_FLAG_PATHS)]) {
    test(`${path} fits without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

for (const lang of LANGS) {
  test(`the ${lang} take-home card lists every core red flag and shares only the site's address`, async ({ page }) => {
    await page.goto(`/${lang}/card`);
    expect(await page.locator(".card-flags li").count()).toBeGreaterThanOrEqual(33);
    const share = page.locator("a[data-share='whatsapp']");
    await expect(share).toHaveCount(1);
    const href = new URL((await share.getAttribute("href")) ?? "");
    expect(href.origin).toBe("https://wa.me");
    const text = href.searchParams.get("text") ?? "";
    // The shared text names the campaign and its address, and nothing about the person sharing it.
    expect(text).toContain(`${ORIGIN}/${lang}`);
    expect(text).not.toMatch(/score|skor|\d+\s*\/\s*\d+/i);
  });
}
