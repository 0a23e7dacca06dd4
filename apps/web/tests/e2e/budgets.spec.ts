import { expect, test, type Page } from "@playwright/test";
import { CAMPAIGN_PATHS, SAMPLE_RED_FLAG_PATHS, inEveryLanguage } from "./campaign-pages";
import { answerCurrentQuestion, quizHydrated, seeResults, OTHER_SCRIPTS } from "./helpers";

// The size budgets (figures in docs/benchmarks.md), measured as the browser receives the bytes (gzip from the server).
const KB = 1024;
const ZERO_JS_TOTAL = 60 * KB;
const QUIZ_JS = 110 * KB;
const QUIZ_TOTAL = 170 * KB;

// Every campaign page in both languages; red-flag pages share one template, so two of them (rf31 is the largest) stand for all 86.
export const ZERO_JS_PAGES = inEveryLanguage([...CAMPAIGN_PATHS, ...SAMPLE_RED_FLAG_PATHS]);

type Sizes = { url: string; type: string; bytes: number }[];

function recordSizes(page: Page): Sizes {
  const sizes: Sizes = [];
  page.on("requestfinished", async (request) => {
    const s = await request.sizes();
    sizes.push({ url: request.url(), type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  return sizes;
}

async function firstLoad(page: Page, url: string) {
  const sizes = recordSizes(page);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  return sizes;
}

for (const path of ZERO_JS_PAGES) {
  test(`${path} ships no JavaScript but quick exit and weighs at most 60 KB`, async ({ page }) => {
    const sizes = await firstLoad(page, path);
    await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);
    expect(sizes.filter((s) => s.type === "script" && !s.url.endsWith("/quick-exit.js"))).toEqual([]);
    expect(sizes.filter((s) => s.url.endsWith("/quick-exit.js")).every((s) => s.bytes <= 2 * KB)).toBe(true);
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    console.log(`budget ${path}: ${total} bytes in ${sizes.length} responses`);
    expect(total).toBeLessThanOrEqual(ZERO_JS_TOTAL);
  });
}

test("the quiz page stays within its JavaScript and total budgets", async ({ page }) => {
  const sizes = await firstLoad(page, "/id/quiz");
  const js = sizes.filter((s) => s.type === "script").reduce((n, s) => n + s.bytes, 0);
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  console.log(`budget /id/quiz: JS ${js} bytes, total ${total} bytes`);
  expect(js).toBeGreaterThan(0);
  expect(js).toBeLessThanOrEqual(QUIZ_JS);
  expect(total).toBeLessThanOrEqual(QUIZ_TOTAL);
});

test("the whole quiz, played to its result with JavaScript, fetches at most 110 KB of JavaScript", async ({ page }) => {
  const sizes = recordSizes(page);
  await page.goto("/id/quiz");
  await quizHydrated(page);
  await page.locator("form.quiz-intro button").click();
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    if (q < 10) await page.getByRole("button", { name: "Lanjut" }).click();
  }
  await seeResults(page, "ID-JB");
  await expect(page.locator(".result h2")).toBeVisible();
  await page.waitForLoadState("networkidle");
  const js = sizes.filter((s) => s.type === "script").reduce((n, s) => n + s.bytes, 0);
  const all = sizes.reduce((n, s) => n + s.bytes, 0);
  console.log(`budget /id/quiz played through: JS ${js} bytes, everything ${all} bytes in ${sizes.length} responses`);
  // Over budget: name every response, so the culprit is plain.
  if (js > QUIZ_JS) console.log(sizes.map((s) => `${s.type} ${s.bytes} ${new URL(s.url).pathname}`).join("\n"));
  expect(js).toBeLessThanOrEqual(QUIZ_JS);
});
