import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { initialState, step, type QuizDefinition } from "@waspada/quiz-engine";

// The presenter on a projector: desktop sizes, no touch, no mobile emulation.
test.use({ isMobile: false, hasTouch: false, deviceScaleFactor: 1, viewport: { width: 1280, height: 720 } });

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const KB = 1024;

async function definition(page: Page): Promise<QuizDefinition> {
  const { quizzes } = (await (await page.request.get("/api/quiz")).json()) as { quizzes: QuizDefinition[] };
  return quizzes[0]!;
}

/** Opens the presenter on a session that asks `length` questions (all of them by default), as if set up and resumed. */
async function openSession(page: Page, lang: string, quiz: QuizDefinition, options: { length?: number; phase?: string } = {}) {
  const settings = { mode: "village" as const, length: options.length ?? quiz.questions.length, seed: 7 };
  const state = step(quiz, initialState(quiz, settings), { type: "quiz.start" });
  const run = {
    setup: { id: "9b2f6a52-5c1e-4b7a-8a0e-3f4c5d6e7f80", lang, headCount: 30, facilitatorCode: "screens" },
    timer: false,
    phase: options.phase ?? "quiz",
    check: 0,
    state,
    opening: {},
    closing: {},
    openingPresent: 30,
    closingPresent: 30,
  };
  await page.goto(`/${lang}/session`);
  await page.evaluate((value) => localStorage.setItem("waspada.session.run", value), JSON.stringify(run));
  await page.reload();
  await expect(page.locator("#question-heading, #check-heading")).toBeFocused();
}

/** How far the page reaches past the screen, at each projector size (0 when it fits). */
async function overflowAtBothSizes(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const over = await page.evaluate(() => {
      const root = document.documentElement;
      return { down: root.scrollHeight - window.innerHeight, across: root.scrollWidth - window.innerWidth };
    });
    if (over.down > 0 || over.across > 0) problems.push(`${size.width}x${size.height}: ${over.down}px down, ${over.across}px across`);
  }
  await page.setViewportSize(SIZES[0]!);
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${page.url()} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Hands in every box (the first option most), then Enter. */
async function enterHands(page: Page) {
  const boxes = page.locator("input[data-hands]");
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(i === 0 ? "20" : "3");
  await boxes.nth(count - 1).press("Enter");
}

for (const lang of ["id", "en"]) {
  test(`every question fits the projector without scrolling in ${lang}, asked, counted and revealed`, async ({ page }) => {
    test.setTimeout(240_000);
    const quiz = await definition(page);
    await openSession(page, lang, quiz);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (let guard = 0; guard < 400 && (await page.locator("#question-heading").count()); guard++) {
      const heading = (await page.locator("#question-heading").textContent()) ?? "";
      const state = (await page.locator(".reveal").count()) ? "revealed" : (await page.locator(".stage-saved").count()) ? "counted" : "asked";
      seen.add(heading);
      for (const p of await overflowAtBothSizes(page)) problems.push(`${heading.slice(0, 60)} (${state}) ${p}`);
      if (state === "revealed") await page.keyboard.press("PageDown");
      else if (state === "counted") await page.keyboard.press("r");
      else await enterHands(page);
      await page.waitForFunction(
        ([h, s]) => {
          const now = document.querySelector("#question-heading")?.textContent ?? "";
          const st = document.querySelector(".reveal") ? "revealed" : document.querySelector(".stage-saved") ? "counted" : "asked";
          return now !== h || st !== s || document.querySelector(".stage-step") !== null || !document.querySelector("#question-heading");
        },
        [heading, state],
      );
    }
    expect(seen.size).toBe(quiz.questions.length);
    expect(problems).toEqual([]);
  });
}

test("the checks and the summary fit the projector in both languages, with no WCAG 2.2 AA violations", async ({ page }) => {
  const quiz = await definition(page);
  for (const lang of ["id", "en"]) {
    await openSession(page, lang, quiz, { length: 4, phase: "opening" });
    expect(await violations(page)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      expect(await overflowAtBothSizes(page)).toEqual([]);
      await page.keyboard.press("1");
      await page.keyboard.type("9");
      await page.keyboard.press("Enter");
    }
    while (await page.locator("#question-heading").count()) {
      if (await page.locator(".reveal").count()) await page.keyboard.press("PageDown");
      else if (await page.locator(".stage-saved").count()) await page.keyboard.press("r");
      else await enterHands(page);
      await page.waitForTimeout(50);
    }
    for (let i = 0; i < 3; i++) {
      await expect(page.locator("#check-heading")).toBeFocused();
      await page.keyboard.press("1");
      await page.keyboard.type("20");
      await page.keyboard.press("Enter");
    }
    await expect(page.locator("#summary-heading")).toBeVisible();
    expect(await overflowAtBothSizes(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  }
});


test("setup, presenter, help, notes and summary have no WCAG 2.2 AA violations", async ({ page, context }) => {
  const quiz = await definition(page);
  const found: string[] = [];
  await page.goto("/en/session");
  await expect(page.locator(".offline-state")).toBeVisible();
  found.push(...(await violations(page)));
  const notes = await context.newPage();
  await notes.goto("/en/session/notes");
  await openSession(page, "en", quiz, { length: 4 });
  await expect(notes.locator(".notes-now h2")).toBeVisible();
  found.push(...(await violations(notes)));
  found.push(...(await violations(page)));
  await enterHands(page);
  await page.keyboard.press("r");
  await expect(page.locator(".reveal")).toBeVisible();
  found.push(...(await violations(page)));
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toBeVisible();
  found.push(...(await violations(page)));
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(found).toEqual([]);
});

test("the notes window follows the presenter", async ({ page, context }) => {
  const quiz = await definition(page);
  await openSession(page, "id", quiz, { length: 4 });
  const notes = await context.newPage();
  await notes.goto("/id/session/notes");
  const first = (await page.locator("#question-heading").textContent()) ?? "";
  await expect(notes.locator(".notes-now h2")).toHaveText(first);
  await expect(notes.locator(".notes-prompt")).not.toBeEmpty();
  await expect(notes.locator(".safeguarding")).toContainText("Jangan mencatat cerita itu");
  await page.bringToFront();
  await enterHands(page);
  while (!(await page.locator(".reveal").count())) {
    if (await page.locator(".stage-saved").count()) await page.keyboard.press("r");
    else await enterHands(page);
  }
  await page.keyboard.press("PageDown");
  const second = (await page.locator("#question-heading").textContent()) ?? "";
  expect(second).not.toBe(first);
  await expect(notes.locator(".notes-now h2")).toHaveText(second);
});

test("the presenter stays within its budgets: 150 KB of JavaScript, 1.5 MB cached, next and reveal in 100 ms at 4x slower CPU", async ({ page }) => {
  const sizes: { type: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const s = await request.sizes();
    sizes.push({ type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  await page.goto("/id/session");
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".offline-state")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  const js = sizes.filter((s) => s.type === "script").reduce((n, s) => n + s.bytes, 0);
  const cached = await page.evaluate(async () => {
    let bytes = 0;
    let files = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        bytes += (await response!.blob()).size;
        files += 1;
      }
    }
    return { bytes, files };
  });
  console.log(`budget /id/session: first-load JS ${js} bytes; service worker cache ${cached.bytes} bytes in ${cached.files} files`);
  expect(js).toBeGreaterThan(0);
  expect(js).toBeLessThanOrEqual(150 * KB);
  expect(cached.files).toBeGreaterThan(4);
  expect(cached.bytes).toBeLessThanOrEqual(1536 * KB);

  const quiz = await definition(page);
  await openSession(page, "id", quiz, { length: 12 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  /** Milliseconds from a key to the next painted frame after the screen changed. */
  const timed = (key: string) =>
    page.evaluate(
      (k) =>
        new Promise<number>((resolve) => {
          const stage = document.querySelector("main")!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          observer.observe(stage, { childList: true, subtree: true, characterData: true });
          document.body.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
        }),
      key,
    );
  const next: number[] = [];
  const reveal: number[] = [];
  for (let i = 0; i < 11 && (await page.locator("#question-heading").count()); i++) {
    while (!(await page.locator(".stage-saved").count())) await enterHands(page);
    await page.locator("#question-heading").focus();
    reveal.push(await timed("r"));
    await expect(page.locator(".reveal")).toBeVisible();
    await page.locator("#question-heading").focus();
    next.push(await timed("PageDown"));
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const worst = (xs: number[]) => Math.max(...xs);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `budget presenter at 4x CPU: next median ${median(next).toFixed(1)} ms (worst ${worst(next).toFixed(1)}), ` +
      `reveal median ${median(reveal).toFixed(1)} ms (worst ${worst(reveal).toFixed(1)}), n=${next.length}`,
  );
  // The median: on a shared 2-core machine a single step can wait for another process's burst.
  expect(median(next)).toBeLessThanOrEqual(100);
  expect(median(reveal)).toBeLessThanOrEqual(100);
});
