import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion } from "./helpers";

async function startQuiz(page: Page, lang = "id") {
  await page.goto(`/${lang}/quiz`);
  await page.locator("form.quiz-intro button").click();
  await expect(page.locator('.quiz-form input[name="quiz"]').first()).toHaveCount(1);
}

// The neutral page quick exit leads to; answered locally so no request leaves this machine.
async function stubNeutralPage(page: Page) {
  await page.route("https://www.google.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title><p>neutral</p>" }),
  );
}

for (const js of [true, false]) {
  test.describe(`JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js });

    test("switching language mid-quiz keeps the place and the answers", async ({ page }) => {
      await startQuiz(page, "id");
      await answerCurrentQuestion(page);
      await page.getByRole("button", { name: "Lanjut" }).click();
      await expect(page.locator(".progress")).toContainText("Pertanyaan 2 dari 10");
      const sealed = await page.locator('.quiz-form input[name="quiz"]').first().inputValue();
      await page.getByRole("button", { name: "Continue the quiz in English" }).click();
      await expect(page).toHaveURL(/\/en\/quiz$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator(".progress")).toContainText("Question 2 of 10");
      await expect(page.locator('.quiz-form input[name="quiz"]').first()).toHaveValue(sealed);
    });

    test("quick exit leaves for a neutral page", async ({ page }) => {
      await stubNeutralPage(page);
      await startQuiz(page);
      await page.getByRole("link", { name: "Keluar cepat" }).click();
      await expect(page).toHaveTitle("neutral");
      if (js) {
        // The quiz page was replaced in the history: Back goes to the page before it, not the quiz.
        await page.goBack();
        await expect(page).not.toHaveURL(/\/quiz$/);
      }
    });
  });
}

test("a tampered quiz state gets a clear message and a fresh start", async ({ page }) => {
  await startQuiz(page);
  await answerCurrentQuestion(page);
  await page.locator('.quiz-form input[name="quiz"]').first().evaluate((el: HTMLInputElement) => {
    // Change one character of the engine state, as someone editing the form would.
    const i = 40;
    el.value = el.value.slice(0, i) + (el.value[i] === "A" ? "B" : "A") + el.value.slice(i + 1);
  });
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByRole("alert")).toContainText("mulai lagi dari awal");
  await expect(page.locator(".progress")).toContainText("Pertanyaan 1 dari 10");
});

test("the finished quiz leaves nothing in cookies or browser storage", async ({ page, context }) => {
  await startQuiz(page, "en");
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    await page.getByRole("button", { name: q < 10 ? "Next" : "See results" }).click();
  }
  await expect(page.locator(".result h2")).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(storage).toEqual({ local: 0, session: 0 });
});
