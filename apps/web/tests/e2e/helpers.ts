import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_DB_FILE } from "../../playwright.config";
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { villageResult } from "./seed-results";

/** What POST /api/quiz deals: the draw a solo result must carry, its id and its questions. */
export type Dealt = { draw: string; id: string; quizId: string; quizVersion: number; questions: string[] };

/** One draw, or `count` of them, from POST /api/quiz. */
export async function deal(request: APIRequestContext): Promise<Dealt>;
export async function deal(request: APIRequestContext, count: number): Promise<Dealt[]>;
export async function deal(request: APIRequestContext, count?: number): Promise<Dealt | Dealt[]> {
  const one = async () => {
    const response = await request.post("/api/quiz");
    expect(response.status()).toBe(200);
    return (await response.json()) as Dealt;
  };
  if (count === undefined) return one();
  const out: Dealt[] = [];
  for (let i = 0; i < count; i++) out.push(await one());
  return out;
}

/** The submission id the signed quiz field carries (its first 36 characters: the draw's id). */
export async function submissionIdOf(page: Page): Promise<string> {
  const sealed = await page.locator('.quiz-form input[name="quiz"]').first().inputValue();
  return sealed.slice(0, 36);
}

/**
 * Which screen is showing: without JavaScript each step is a new signed state; with it, steps are
 * taken in the browser and counted in data-step.
 */
export async function screenOf(page: Page): Promise<string> {
  const sealed = await page.locator('.quiz-form input[name="quiz"]').inputValue();
  const step = await page.locator(".quiz-screen").getAttribute("data-step");
  return `${step}:${sealed}`;
}

/**
 * With JavaScript on: waits until React has hydrated the quiz page (its form carries React's
 * props), so that a click is handled in the browser and not sent as a plain form post, which the
 * page does by design while its script is still loading (a slow first load in CI did just that).
 */
export async function quizHydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("form.quiz-intro, form.quiz-form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps$"));
  });
}

/**
 * Answers whatever the current question is with its first choice(s), every step of a story, until
 * feedback shows. Returns how many answers it submitted.
 */
export async function answerCurrentQuestion(page: Page): Promise<number> {
  for (let steps = 1; steps <= 10; steps++) {
    const choices = page.locator(".quiz-form .choice input");
    await expect(choices.first()).toBeVisible();
    await choices.first().check();
    const before = await screenOf(page);
    await page.getByRole("button", { name: /^(Kirim jawaban|Submit answer)$/ }).click();
    // With JavaScript the page changes without a navigation: wait for the next screen.
    await expect.poll(() => screenOf(page)).not.toBe(before);
    // A story goes on step by step; any other question goes straight to feedback.
    if (await page.locator(".feedback").count()) return steps;
  }
  throw new Error("The question never reached its feedback.");
}

/**
 * From the last question's feedback to the result: "Next" shows the optional province question,
 * where `province` (a code such as "ID-JB") is chosen, or "prefer not to say" kept; then "See
 * results" finishes the quiz and stores its result.
 */
export async function seeResults(page: Page, province?: string) {
  await page.getByRole("button", { name: /^(Lanjut|Next)$/ }).click();
  await expect(page.locator("select#province")).toBeVisible();
  if (province) await page.locator("select#province").selectOption(province);
  await page.getByRole("button", { name: /^(Lihat hasil|See results)$/ }).click();
}

/**
 * Plays an English quiz (in `page`'s JavaScript setting) up to the optional province question, one
 * click from storing its result; `base` is another server's address, the shared one by default.
 */
export async function playToProvinceQuestion(page: Page, js: boolean, base = "") {
  await page.goto(`${base}/en/quiz`);
  if (js) await quizHydrated(page);
  await page.locator("form.quiz-intro button").click();
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("button", { name: "See results" })).toBeVisible();
}

/** Reads the e2e database directly: the stored row for one submission id, if any. */
export function storedSubmission(id: string): { id: string; lang: string; mode: string; province: string | null } | undefined {
  // The server opens its database at the first result: no file yet, nothing stored.
  if (!existsSync(E2E_DB_FILE)) return undefined;
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select id, lang, mode, province from submissions where id = ?").get(id) as ReturnType<typeof storedSubmission>;
  } catch (error) {
    // The server makes its tables on its first write, which may still be on its way: not stored yet.
    if (error instanceof Error && /no such table/.test(error.message)) return undefined;
    throw error;
  } finally {
    db.close();
  }
}

/** Every page carries the tiny quick-exit script; a page that "ships no JavaScript" has no other. */
export const OTHER_SCRIPTS = "script:not([src='/quick-exit.js'])";

/** How many submissions the e2e database holds (0 before the server opened it). */
export function storedCount(): number {
  if (!existsSync(E2E_DB_FILE)) return 0;
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select count(*) as n from submissions").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Registers a facilitator code in a database, as `npm run facilitator:add -- --name … --code …` does. */
export function registerFacilitatorCode(dbFile: string, code: string, name = "E2E partner"): void {
  const run = spawnSync("npm", ["run", "--silent", "facilitator:add", "--", "--name", name, "--code", code], {
    cwd: path.resolve(import.meta.dirname, "../../../.."),
    env: { ...process.env, DB_FILE: dbFile, DATABASE_URL: "" },
    encoding: "utf8",
  });
  if (run.status !== 0 && !/already registered/.test(run.stderr)) throw new Error(run.stderr);
}

type QuizShape = { id: string; version: number; questions: { id: string; kind: string; options?: { id: string; correct?: boolean }[] }[] };

/** A valid village session of `present` people answering the quiz's first single-choice question. */
export function villageSession(quiz: QuizShape, facilitatorCode: string, present = 20) {
  const single = quiz.questions.find((q) => q.kind === "single")!;
  const right = single.options!.find((o) => o.correct)!.id;
  return villageResult(quiz, single.id, right, present, present - 2, facilitatorCode);
}
