import { expect, test } from "@playwright/test";
import { answerCurrentQuestion, quizHydrated, seeResults, storedSubmission, submissionIdOf, OTHER_SCRIPTS } from "./helpers";

const LANGS = [
  { lang: "id", locale: "id-ID", start: /Mulai/, result: /Hasil/ },
  { lang: "en", locale: "en-GB", start: /Start/, result: /result/i },
];

for (const js of [true, false]) {
  for (const l of LANGS) {
    test.describe(`${l.lang}, JavaScript ${js ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled: js, locale: l.locale });

      test("a person takes the quiz from the home page and their result is stored once", async ({ page }) => {
        // Without JavaScript a whole quiz is some 25 page loads: on a busy 2-core machine that nears 30 s.
        test.setTimeout(90_000);
        await page.goto("/");
        await expect(page).toHaveURL(new RegExp(`/${l.lang}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
        if (!js) await expect(page.locator(OTHER_SCRIPTS)).toHaveCount(0);

        await page.locator("main a.button.primary").click();
        await expect(page).toHaveURL(new RegExp(`/${l.lang}/quiz$`));
        if (js) await quizHydrated(page);
        await page.getByRole("button", { name: l.start }).click();

        const id = await submissionIdOf(page);
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        // With JavaScript every step happens in the browser: no request until the result is sent.
        const posts: string[] = [];
        page.on("request", (r) => {
          if (r.method() === "POST") posts.push(new URL(r.url()).pathname);
        });
        for (let q = 1; q <= 10; q++) {
          await expect(page.locator(".progress")).toContainText(new RegExp(`(Pertanyaan ${q} dari|Question ${q} of) 10`));
          await answerCurrentQuestion(page);
          await expect(page.locator(".feedback h2")).toBeVisible();
          // Why, what to do instead, and the source, after every answer.
          await expect(page.locator(".feedback .why")).not.toBeEmpty();
          await expect(page.locator(".feedback .instead li").first()).not.toBeEmpty();
          await expect(page.locator(".feedback .sources")).not.toBeEmpty();
          if (q < 10) await page.getByRole("button", { name: /^(Lanjut|Next)$/ }).click();
        }
        // The optional province question, "prefer not to say" kept: stored without a province.
        await seeResults(page);
        await expect(page.locator(".result h2")).toContainText(l.result);
        await expect.poll(() => storedSubmission(id)).toMatchObject({ id, lang: l.lang, mode: "solo", province: null });
        if (js) expect(posts).toEqual(["/api/results"]);
        else expect(posts.filter((p) => p !== `/${l.lang}/quiz`)).toEqual([]);
      });
    });
  }
}

test("the English page is reachable by switching language", async ({ page }) => {
  await page.goto("/id");
  await page.locator(".menu > summary").click();
  await page.locator(".languages a[hreflang=en]").click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an unknown language is a 404", async ({ page }) => {
  const response = await page.goto("/xx");
  expect(response?.status()).toBe(404);
});
