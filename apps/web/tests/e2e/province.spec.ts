import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { validSubmission } from "../../bench/submissions.mjs";
import { answerCurrentQuestion, deal, quizHydrated, storedCount, storedSubmission, submissionIdOf } from "./helpers";

// The optional province question at the end of the solo quiz: asked once, after the last answer,
// "prefer not to say" preselected; the province travels with the one stored result, or none does.

const WORDS = {
  id: { heading: "Satu pertanyaan terakhir", label: "Kamu tinggal di provinsi mana?", none: "Tidak ingin menyebutkan", see: "Lihat hasil", next: "Lanjut", result: /Hasil/ },
  en: { heading: "One last question", label: "Which province do you live in?", none: "Prefer not to say", see: "See results", next: "Next", result: /result/i },
} as const;
type Lang = keyof typeof WORDS;

/** Plays a quiz to the optional province question; gives the result's id. */
async function playToProvinceQuestion(page: Page, lang: Lang, js: boolean): Promise<string> {
  await page.goto(`/${lang}/quiz`);
  if (js) await quizHydrated(page);
  await page.locator("form.quiz-intro button").click();
  const id = await submissionIdOf(page);
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    await page.getByRole("button", { name: WORDS[lang].next, exact: true }).click();
  }
  await expect(page.locator(".province-question h2")).toContainText(WORDS[lang].heading);
  return id;
}

/** What a person and a screen reader meet: a labelled select, "prefer not to say" chosen, why it is asked, one button. */
async function expectTheQuestion(page: Page, lang: Lang) {
  const select = page.getByLabel(WORDS[lang].label);
  await expect(select).toHaveValue("");
  await expect(select.locator("option:checked")).toHaveText(WORDS[lang].none);
  // "Prefer not to say" and the 38 provinces.
  await expect(select.locator("option")).toHaveCount(39);
  await expect(select).toHaveAttribute("aria-describedby", "province-why");
  await expect(page.locator("#province-why")).not.toBeEmpty();
  await expect(page.locator(".quiz-form button")).toHaveText([WORDS[lang].see]);
  // The heading has focus, so a screen reader starts there.
  await expect(page.locator(".province-question h2")).toBeFocused();
  // The question, its choices and its button fit one 360×740 screen, without scrolling.
  await page.evaluate(() => window.scrollTo(0, 0));
  const button = await page.getByRole("button", { name: WORDS[lang].see }).boundingBox();
  expect(button).not.toBeNull();
  expect(button!.y + button!.height).toBeLessThanOrEqual(740);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

const post = (request: APIRequestContext, data: unknown) =>
  request.post("/api/results", { data: JSON.stringify(data), headers: { "content-type": "application/json" } });

test.describe("at 360×740", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test.describe("JavaScript on", () => {
    test("choosing a province stores it with the result, once; the screen passes axe and does not shift", async ({ page }) => {
      test.setTimeout(90_000);
      const id = await playToProvinceQuestion(page, "en", true);
      await expectTheQuestion(page, "en");
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      // Nothing is stored until the person asks for their results.
      expect(storedSubmission(id)).toBeUndefined();

      // Choosing by keyboard: the longest name does not move the button (the select keeps its width).
      const before = await page.getByRole("button", { name: "See results" }).boundingBox();
      await page.getByLabel(WORDS.en.label).focus();
      await page.getByLabel(WORDS.en.label).selectOption("ID-BB");
      await expect(page.getByLabel(WORDS.en.label)).toHaveValue("ID-BB");
      expect(await page.getByRole("button", { name: "See results" }).boundingBox()).toEqual(before);
      const shifts = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shifts).toBe(0);

      const posted = page.waitForResponse((r) => r.url().endsWith("/api/results") && r.request().method() === "POST");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "See results" })).toBeFocused();
      await page.keyboard.press("Enter");
      expect((await posted).status()).toBe(201);
      await expect(page.locator(".result h2")).toContainText(WORDS.en.result);
      expect(storedSubmission(id)).toEqual({ id, lang: "en", mode: "solo", province: "ID-BB" });

      // "Start again" sends the steps played here, finish and province included, for the server to
      // replay: the same result, already stored, still one row with its province.
      const count = storedCount();
      await page.getByRole("button", { name: "Start again" }).click();
      await expect(page.locator(".progress")).toContainText("Question 1 of 10");
      expect(storedCount()).toBe(count);
      expect(storedSubmission(id)).toEqual({ id, lang: "en", mode: "solo", province: "ID-BB" });
    });

    test("keeping “prefer not to say” stores no province; switching language on the question keeps it", async ({ page }) => {
      test.setTimeout(90_000);
      const id = await playToProvinceQuestion(page, "id", true);
      await expectTheQuestion(page, "id");
      await page.getByRole("button", { name: "Continue the quiz in English" }).click();
      await expect(page).toHaveURL(/\/en\/quiz$/);
      await expect(page.locator(".province-question h2")).toContainText(WORDS.en.heading);
      await quizHydrated(page);
      await page.getByRole("button", { name: "See results" }).click();
      await expect(page.locator(".result h2")).toContainText(WORDS.en.result);
      await expect.poll(() => storedSubmission(id)).toEqual({ id, lang: "en", mode: "solo", province: null });
    });
  });

  test.describe("JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("a chosen province is stored with the result; an unknown one is a 400 that stores nothing", async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const id = await playToProvinceQuestion(page, "id", false);
      await expectTheQuestion(page, "id");
      // A form changed to carry a province that does not exist: refused, nothing stored.
      const sealed = await page.locator('.quiz-form input[name="quiz"]').inputValue();
      for (const province of ["ID-XX", "id-jb", "Jawa Barat", "ID-JB ".repeat(3)]) {
        const refused = await page.request.post("/id/quiz", {
          form: { intent: "finish", quiz: sealed, province },
          headers: { origin: baseURL!, "sec-fetch-site": "same-origin" },
        });
        expect(refused.status(), province).toBe(400);
      }
      expect(storedSubmission(id)).toBeUndefined();
      await page.getByLabel(WORDS.id.label).selectOption("ID-JB");
      await page.getByRole("button", { name: "Lihat hasil" }).click();
      await expect(page.locator(".result h2")).toContainText(WORDS.id.result);
      expect(storedSubmission(id)).toEqual({ id, lang: "id", mode: "solo", province: "ID-JB" });
      // Sending the same last form again (e.g. reloading) keeps the first copy: one row, its province.
      const count = storedCount();
      const again = await page.request.post("/id/quiz", {
        form: { intent: "finish", quiz: sealed, province: "ID-BA" },
        headers: { origin: baseURL!, "sec-fetch-site": "same-origin" },
      });
      expect(again.status()).toBe(200);
      expect(storedCount()).toBe(count);
      expect(storedSubmission(id)).toEqual({ id, lang: "id", mode: "solo", province: "ID-JB" });
    });

    test("keeping “prefer not to say” stores no province", async ({ page }) => {
      test.setTimeout(120_000);
      const id = await playToProvinceQuestion(page, "en", false);
      await expectTheQuestion(page, "en");
      await page.getByRole("button", { name: "See results" }).click();
      await expect(page.locator(".result h2")).toContainText(WORDS.en.result);
      expect(storedSubmission(id)).toEqual({ id, lang: "en", mode: "solo", province: null });
    });
  });
});

test("the results API takes a known province, refuses an unknown one with a 400 naming it, and stores a replay once", async ({ request }) => {
  const quiz = (await (await request.get("/api/quiz")).json()).quizzes[0];
  const draw = await deal(request);
  const sub = validSubmission(quiz, draw, 1);
  for (const province of ["ID-XX", "", "ID-jb", 31, null]) {
    const refused = await post(request, { ...sub, province });
    expect(refused.status(), String(province)).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("province");
  }
  expect(storedSubmission(sub.id)).toBeUndefined();
  expect((await post(request, { ...sub, province: "ID-NT" })).status()).toBe(201);
  const again = await post(request, { ...sub, province: "ID-NT" });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ id: sub.id, status: "already stored" });
  expect(storedSubmission(sub.id)).toMatchObject({ province: "ID-NT" });
});

for (const lang of ["id", "en"] as const) {
  test(`the ${lang} privacy page says the quiz asks the province, optionally, and keeps only it`, async ({ page }) => {
    await page.goto(`/${lang}/privacy`);
    const item = page.locator("main li", { hasText: WORDS[lang].none });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(lang === "id" ? "Yang disimpan hanya provinsi" : "Only the province is kept");
    await expect(page.locator("main")).not.toContainText(lang === "id" ? "tidak menanyakan tempat tinggalmu" : "does not ask where you live");
  });
}
