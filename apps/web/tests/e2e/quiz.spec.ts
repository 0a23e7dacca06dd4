import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion, quizHydrated, seeResults } from "./helpers";

async function startQuiz(page: Page, lang = "id", js = true) {
  await page.goto(`/${lang}/quiz`);
  // Before hydration a click posts the form to the server, as designed; the JavaScript tests mean the browser's flow.
  if (js) await quizHydrated(page);
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
      await startQuiz(page, "id", js);
      await answerCurrentQuestion(page);
      await page.getByRole("button", { name: "Lanjut" }).click();
      await expect(page.locator(".progress")).toContainText("Pertanyaan 2 dari 10");
      const sealed = await page.locator('.quiz-form input[name="quiz"]').first().inputValue();
      const choices = await page.locator(".quiz-form .choice input").evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      await page.getByRole("button", { name: "Continue the quiz in English" }).click();
      await expect(page).toHaveURL(/\/en\/quiz$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator(".progress")).toContainText("Question 2 of 10");
      // The same question, its options in the same order.
      expect(await page.locator(".quiz-form .choice input").evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual(choices);
      // Without JavaScript the signed state travels as it is; with it, the server replays the steps
      // the browser took since its signed state and signs the result.
      if (js) expect(await page.locator('.quiz-form input[name="quiz"]').first().inputValue()).not.toBe(sealed);
      else await expect(page.locator('.quiz-form input[name="quiz"]').first()).toHaveValue(sealed);
    });

    test("each explanation shows the numbers of its own sources in the list below", async ({ page }) => {
      await startQuiz(page, "id", js);
      await answerCurrentQuestion(page);
      const listed = await page.locator(".feedback .sources li").count();
      expect(listed).toBeGreaterThan(0);
      const cites = await page.locator(".feedback-items .cite").allTextContents();
      expect(cites.length).toBeGreaterThan(0);
      for (const cite of cites) {
        expect(cite).toMatch(/^\s*\[Sumber \d+(, \d+)*\]$/);
        for (const n of cite.match(/\d+/g) ?? []) expect(Number(n)).toBeLessThanOrEqual(listed);
      }
    });

    test("quick exit leaves for a neutral page", async ({ page }) => {
      await stubNeutralPage(page);
      await startQuiz(page, "id", js);
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

async function tamper(page: Page) {
  // Change one character of the engine state in every form, as someone editing the page would.
  await page.locator('input[name="quiz"]').evaluateAll((els) => {
    for (const el of els as HTMLInputElement[]) {
      const i = 40;
      el.value = el.value.slice(0, i) + (el.value[i] === "A" ? "B" : "A") + el.value.slice(i + 1);
    }
  });
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("a tampered quiz state gets a clear message and a fresh start", async ({ page }) => {
    await startQuiz(page, "id", false);
    await answerCurrentQuestion(page);
    await tamper(page);
    await page.getByRole("button", { name: "Lanjut" }).click();
    await expect(page.getByRole("alert")).toContainText("mulai lagi dari awal");
    await expect(page.locator(".progress")).toContainText("Pertanyaan 1 dari 10");
  });
});

test("with JavaScript, a tampered state or step is caught when the quiz next reaches the server", async ({ page }) => {
  await startQuiz(page);
  await answerCurrentQuestion(page);
  await tamper(page);
  await page.getByRole("button", { name: "Continue the quiz in English" }).click();
  await expect(page.getByRole("alert")).toContainText("starting again from the beginning");
  await expect(page.locator(".progress")).toContainText("Question 1 of 10");

  // A step the quiz cannot take (an option that does not exist) is refused the same way.
  await answerCurrentQuestion(page);
  await page.locator('.quiz-screen > form.switch-language input[name="events"]').evaluate((el: HTMLInputElement) => {
    el.value = JSON.stringify([{ type: "quiz.next" }, { type: "quiz.answer", selected: ["no-such-option"] }]);
  });
  await page.getByRole("button", { name: "Lanjutkan kuis dalam Bahasa Indonesia" }).click();
  await expect(page.getByRole("alert")).toContainText("mulai lagi dari awal");
});

test("the finished quiz leaves nothing in cookies or browser storage", async ({ page, context }) => {
  await startQuiz(page, "en");
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    if (q < 10) await page.getByRole("button", { name: "Next" }).click();
  }
  await seeResults(page, "ID-NT");
  await expect(page.locator(".result h2")).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(storage).toEqual({ local: 0, session: 0 });
});

test("with JavaScript but no engine (the connection dropped), the server takes each step instead", async ({ page }) => {
  await page.route(/\/assets\/engine\.client-.*\.js$|\/api\/quiz\/pack/, (route) => route.abort("internetdisconnected"));
  await startQuiz(page);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(new URL(r.url()).pathname);
  });
  let steps = 0;
  for (let q = 1; q <= 2; q++) {
    await expect(page.locator(".progress")).toContainText(`Pertanyaan ${q} dari 10`);
    steps += await answerCurrentQuestion(page);
    await expect(page.locator(".feedback h2")).toBeVisible();
    await page.getByRole("button", { name: "Lanjut" }).click();
    steps += 1;
  }
  await expect(page.locator(".progress")).toContainText("Pertanyaan 3 dari 10");
  // Every answer (a story takes one per step) and both "next": each went to the server (as a Remix data request).
  expect(steps).toBeGreaterThanOrEqual(4);
  expect(posts.filter((p) => /^\/id\/quiz(\.data)?$/.test(p)).length).toBe(steps);
});

test("the question pack refuses unknown languages and question ids", async ({ request }) => {
  expect((await request.get("/api/quiz/pack?lang=xx&questions=q01")).status()).toBe(400);
  expect((await request.get("/api/quiz/pack?lang=id&questions=<script>")).status()).toBe(400);
  expect((await request.get(`/api/quiz/pack?lang=id&questions=${Array(31).fill("q01").join(",")}`)).status()).toBe(400);
  const quiz = (await (await request.get("/api/quiz")).json()) as { quizzes: { questions: { id: string }[] }[] };
  const ids = quiz.quizzes[0]!.questions.slice(0, 3).map((q) => q.id);
  const pack = (await (await request.get(`/api/quiz/pack?lang=en&questions=${ids.join(",")}`)).json()) as { questions: Record<string, { prompt: string }> };
  expect(Object.keys(pack.questions).sort()).toEqual([...ids].sort());
  expect(pack.questions[ids[0]!]?.prompt).toEqual(expect.any(String));
});

test("the quiz page has its own title, description and link preview in each language", async ({ page }) => {
  const titles: string[] = [];
  for (const lang of ["id", "en"]) {
    await page.goto(`/${lang}/quiz`);
    const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
    titles.push(await page.title());
    expect(await meta('name="description"')).toBeTruthy();
    expect(await meta('property="og:title"')).toBe(await page.title());
    expect(await meta('property="og:url"')).toMatch(new RegExp(`/${lang}/quiz$`));
    expect(await meta('property="og:image"')).toMatch(/\/social-preview\.png$/);
  }
  expect(titles[0]).not.toBe(titles[1]);
});
