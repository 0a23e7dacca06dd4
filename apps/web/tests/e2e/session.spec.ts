import { chromium, expect, test, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import config, { E2E_DB_FILE } from "../../playwright.config";
import { registerFacilitatorCode } from "./helpers";

const baseURL = config.use?.baseURL ?? "";
const launchArgs = config.use?.launchOptions?.args ?? [];
const CODE = "village-e2e-code";
/** This spec's own partner: other specs store village sessions in the same database at the same time. */
const PARTNER = "Village session spec";

async function openPersistent(dir: string, offline: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: launchArgs,
    baseURL,
    viewport: { width: 1280, height: 720 },
    offline,
  });
}

/** The village sessions stored with this spec's code. */
function villageRows(): { id: string; mode: string; head_count: number; answers: string; checks: string | null }[] {
  // The server makes its database on the first result it stores.
  if (!existsSync(E2E_DB_FILE)) return [];
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        "select s.id, s.mode, s.head_count, s.answers, s.checks from submissions s join facilitators f on f.id = s.facilitator_id where s.mode = 'village' and f.name = ?",
      )
      .all(PARTNER) as never;
  } finally {
    db.close();
  }
}

/** Types into a box as a person would: focus it by key where the page offers one, then type. */
async function typeNumber(page: Page, value: number) {
  await page.keyboard.press("Control+A");
  await page.keyboard.type(String(value));
}

/** One check question: "1" jumps to the hands box, then the number, then the clicker's Page Down. */
async function answerCheck(page: Page, hands: number) {
  const heading = await page.locator("#check-heading").textContent();
  await page.keyboard.press("1");
  await typeNumber(page, hands);
  await page.keyboard.press("PageDown");
  await expect(page.locator("#check-heading, #question-heading, #summary-heading")).not.toHaveText(heading ?? "");
}

test.describe("village session", () => {
  test("runs offline from setup to summary by keyboard, waits through a browser restart, then is stored once", async () => {
    // The server accepts a village session only with a code it knows (npm run facilitator:add).
    registerFacilitatorCode(E2E_DB_FILE, CODE, PARTNER);
    test.setTimeout(180_000);
    const dir = mkdtempSync(path.join(tmpdir(), "waspada-session-"));
    const earlier = new Set(villageRows().map((r) => r.id));
    const before = earlier.size;
    let context: BrowserContext | undefined;
    try {
      // One online visit: the service worker installs and caches the session pages and assets.
      context = await openPersistent(dir, false);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto("/id/session");
      await expect(page.locator(".offline-state")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: "Sesi desa" })).toBeVisible();

      // Setup, by keyboard only.
      await page.locator('input[name="headCount"]').focus();
      await typeNumber(page, 30);
      await page.keyboard.press("Tab"); // timer checkbox: left off
      await page.keyboard.press("Tab");
      await page.keyboard.type(CODE);
      await page.keyboard.press("Enter");

      // Opening check: 8, 10 and 12 of 30 hands.
      await expect(page.locator("#check-heading")).toBeFocused();
      for (const hands of [8, 10, 12]) await answerCheck(page, hands);

      // Every question: hands for each option, Enter saves, R reveals, Page Down moves on.
      const questions = new Set<string>();
      for (let guard = 0; guard < 60 && (await page.locator("#question-heading").count()); guard++) {
        const section = page.locator("section.question");
        const boxes = page.locator("input[data-hands]");
        const count = await boxes.count();
        questions.add((await page.locator("#question-heading").textContent()) ?? "");
        if (await section.locator(".reveal").count()) {
          await page.keyboard.press("PageDown");
          continue;
        }
        await page.keyboard.press("1");
        for (let i = 0; i < count; i++) {
          await typeNumber(page, i === 0 ? 20 : 3);
          if (i < count - 1) await page.keyboard.press("Tab");
        }
        const key = await page.locator("#question-heading").textContent();
        const step = (await page.locator(".stage-step").count()) ? await page.locator(".stage-step").textContent() : "";
        await page.keyboard.press("Enter");
        // A story moves to its next step on each vote; the last vote (or any other question) waits for R.
        await expect(page.locator(".stage-saved, .stage-step").first()).toBeVisible();
        if (await page.locator(".stage-saved").count()) {
          await page.locator("#question-heading").focus();
          await page.keyboard.press("r");
          await expect(page.locator(".reveal")).toBeVisible();
          await expect(page.locator(".discuss")).not.toBeEmpty();
        } else {
          await expect(page.locator(".stage-step")).not.toHaveText(step ?? "");
          expect(await page.locator("#question-heading").textContent()).toBe(key);
        }
      }
      expect(questions.size).toBe(6);

      // Closing check: 24, 25 and 28 of 30, then the summary.
      await expect(page.locator("#check-heading")).toBeVisible();
      for (const hands of [24, 25, 28]) await answerCheck(page, hands);
      await expect(page.locator("#summary-heading")).toBeVisible();
      await expect(page.locator(".summary-checks")).toContainText("Sebelum: 8 dari 30 tangan. Sesudah: 24 dari 30.");
      await expect(page.locator(".qr svg")).toBeVisible();
      await expect(page.locator(".outbox-count")).toHaveAttribute("data-waiting", "1");

      // Close the browser and open it again, still offline: the session is still waiting.
      await context.close();
      context = await openPersistent(dir, true);
      // The launch option alone may leave the page Chromium opens with the profile online: set
      // offline again and use a fresh page, so nothing can be sent before the network returns.
      await context.setOffline(true);
      const opened = context.pages();
      page = await context.newPage();
      for (const open of opened) await open.close();
      await page.goto("/id/session");
      await expect(page.locator(".outbox-count")).toHaveAttribute("data-waiting", "1");
      expect(villageRows().length).toBe(before);

      // The network returns: sent once, confirmed, and the outbox is empty.
      await context.setOffline(false);
      await expect(page.locator(".outbox-count")).toHaveAttribute("data-waiting", "0", { timeout: 30_000 });
      const rows = villageRows();
      expect(rows.length).toBe(before + 1);
      // Rows are kept in id order, not arrival order: find the new one by its id.
      const fresh = rows.filter((r) => !earlier.has(r.id));
      expect(fresh).toHaveLength(1);
      const stored = fresh[0]!;
      expect(stored.head_count).toBe(30);
      const answers = JSON.parse(stored.answers) as { counts?: Record<string, number>; present?: number }[];
      expect(answers.length).toBe(6);
      expect(answers.every((a) => a.present === 30 && a.counts)).toBe(true);
      expect(JSON.parse(stored.checks ?? "null")).toEqual({
        opening: { present: 30, right: { passport: 8, broker: 10, salary: 12 } },
        closing: { present: 30, right: { passport: 24, broker: 25, salary: 28 } },
      });
      // Sending again changes nothing: the same id is stored once.
      await page.reload();
      await expect(page.locator(".outbox-count")).toHaveAttribute("data-waiting", "0");
      expect(villageRows().length).toBe(before + 1);
      await context.close();
    } finally {
      // Chromium may still be writing its profile as it closes; the real failure, if any, stays the test's error.
      await context?.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
});
