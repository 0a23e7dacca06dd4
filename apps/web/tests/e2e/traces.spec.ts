import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion, quizHydrated, seeResults } from "./helpers";

// No traces: after quick exit, Back does not show the quiz; nothing is left in browser storage.

async function stubNeutralPage(page: Page) {
  await page.route("https://www.google.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title><p>neutral</p>" }),
  );
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("Back after quick exit does not show the quiz", async ({ page }) => {
    await stubNeutralPage(page);
    await page.goto("/id");
    await page.goto("/id/quiz");
    await page.locator("form.quiz-intro button").click();
    await answerCurrentQuestion(page);
    await expect(page.locator(".feedback")).toBeVisible();
    await page.getByRole("link", { name: "Keluar cepat" }).click();
    await expect(page).toHaveTitle("neutral");
    // A browser shows "confirm resubmission" here or (headless Chromium) sends the step again.
    await page.goBack().catch(() => {});
    // Whatever the browser shows now, it is not the quiz someone was taking.
    await expect(page.locator(".quiz-form, .feedback")).toHaveCount(0);
  });
});

test.describe("JavaScript on", () => {
  for (const path of ["/id/help", "/en/red-flags", "/id/quiz"]) {
    test(`on ${path}, quick exit replaces the page in the history and Escape twice leaves`, async ({ page }) => {
      await stubNeutralPage(page);
      await page.goto("/id");
      await page.goto(path);
      if (path.endsWith("/quiz")) await quizHydrated(page);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect(page).toHaveTitle("neutral");
      await page.goBack();
      await expect(page).toHaveURL(/\/id$/);
    });
  }

  test("a quiz with JavaScript leaves nothing in browser storage, even after leaving its page", async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto("/en/quiz");
    await quizHydrated(page);
    await page.locator("form.quiz-intro button").click();
    for (let q = 1; q <= 10; q++) {
      await answerCurrentQuestion(page);
      if (q < 10) await page.getByRole("button", { name: "Next" }).click();
    }
    await seeResults(page, "ID-BA");
    await expect(page.locator(".result h2")).toBeVisible();
    await page.mouse.wheel(0, 600);
    // Leave by a link (scroll restoration used to save positions here), then come back.
    await page.goto("/en/help");
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/quiz$/);
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(storage).toEqual({ local: 0, session: 0 });
    expect(await context.cookies()).toEqual([]);
  });
});

test("every response carrying quiz state says no-store", async ({ request }) => {
  const page = await request.get("/id/quiz");
  expect(page.headers()["cache-control"]).toBe("no-store");
  const data = await request.get("/id/quiz.data");
  expect(data.headers()["cache-control"]).toBe("no-store");
  const step = await request.post("/id/quiz", { form: { intent: "start" } });
  expect(step.status()).toBe(200);
  expect(step.headers()["cache-control"]).toBe("no-store");
  const dataStep = await request.post("/id/quiz.data", { form: { intent: "start" } });
  expect(dataStep.headers()["cache-control"]).toBe("no-store");
  const exit = await request.get("/exit", { maxRedirects: 0 });
  expect(exit.status()).toBe(303);
  expect(exit.headers()["clear-site-data"]).toBe('"cache"');
});
