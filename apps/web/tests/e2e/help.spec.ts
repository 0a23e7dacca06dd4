import { expect, test, type Page } from "@playwright/test";
// channels.ts alone (the package entry loads its locale files through Vite, which Playwright does not run).
import { helpChannels } from "../../../../packages/content/src/channels";
import { answerCurrentQuestion, quizHydrated, seeResults } from "./helpers";

// Every campaign page, the quiz, a red flag, and both kinds of 404.
const FROM = ["", "/quiz", "/red-flags", "/red-flags/rf22", "/migration", "/glossary", "/facilitator", "/about", "/sources", "/privacy", "/card", "/red-flags/rf99", "/no-such-page"];

test.use({ viewport: { width: 360, height: 740 } });

for (const lang of ["id", "en"]) {
  test(`${lang}: help is one tap away from every page, in a one-row header`, async ({ page }) => {
    for (const path of FROM) {
      await page.goto(`/${lang}${path}`);
      const header = page.locator(".site-header");
      // One row: the header is no taller than one 44 px target and its padding.
      expect((await header.boundingBox())?.height, path).toBeLessThanOrEqual(64);
      await expect(header.locator("[data-quick-exit]"), path).toBeVisible();
      const help = header.locator("a[data-help-link]");
      await expect(help, path).toBeVisible();
      await help.click();
      await expect(page, path).toHaveURL(new RegExp(`/${lang}/help$`));
      await expect(page.locator("h1")).toHaveText(lang === "id" ? "Cari bantuan" : "Get help");
    }
  });

  test(`${lang}: the help page lists every verified channel as a working link, by situation`, async ({ page }) => {
    await page.goto(`/${lang}/help`);
    for (const id of ["danger", "before", "abroad", "home", "family"]) await expect(page.locator(`section#${id} h2`)).toBeVisible();
    for (const channel of helpChannels) {
      // A channel may serve several situations; each copy is the same link.
      const copies = page.locator(`li.channel[data-channel="${channel.id}"]`);
      expect(await copies.count(), channel.id).toBeGreaterThanOrEqual(1);
      const item = copies.first();
      // The number as published is what the reader sees.
      await expect(item.locator(".channel-link")).toContainText(channel.value);
      if (channel.kind === "app") await expect(item.locator("a.channel-link")).toHaveCount(0);
      const href = channel.kind === "app" ? null : await item.locator("a.channel-link").getAttribute("href");
      if (channel.kind === "phone") expect(href).toBe(`tel:${channel.value.startsWith("+") ? "+" : ""}${channel.value.replace(/\D/g, "")}`);
      if (channel.kind === "whatsapp") expect(href).toMatch(/^https:\/\/wa\.me\/\d{9,15}$/);
      if (channel.kind === "web") expect(href).toBe(channel.value);
      // How it was checked, never as if someone had called it; its sources one tap away.
      await expect(item.locator(".published-sources summary")).toContainText(lang === "id" ? "sumber terbitan, dicek pada" : "published sources, checked on");
      expect(await item.locator(".published-sources li").count()).toBeGreaterThanOrEqual(2);
    }
    await expect(page.locator('a[href="tel:08001000"]').first()).toHaveText(lang === "id" ? "Telepon 0800-1000" : "Call 0800-1000");
    await expect(page.locator('a[href="https://wa.me/85512813282"]').first()).toBeVisible();
    // BP2MI is explained as now KP2MI, not shown as a current agency.
    await expect(page.locator("#fact-kp2mi-history")).toContainText("KP2MI");
    await expect(page.locator("#fact-kp2mi-history")).toContainText(lang === "id" ? "21 Oktober 2024" : "21 October 2024");
  });
}

async function finishQuiz(page: Page, lang: string, js: boolean) {
  await page.goto(`/${lang}/quiz`);
  if (js) await quizHydrated(page);
  await page.getByRole("button", { name: /^(Mulai kuis|Start the quiz|Mulai|Start)/ }).click();
  for (let q = 1; q <= 10; q++) {
    await answerCurrentQuestion(page);
    if (q < 10) await page.getByRole("button", { name: /^(Lanjut|Next)$/ }).click();
  }
  await seeResults(page);
  await expect(page.locator(".result")).toBeVisible();
}

for (const js of [true, false]) {
  test.describe(`JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js });

    test("a finished quiz shows fitting help above the fold at 360×740, and a card with the missed flags", async ({ page }) => {
      // About 20 steps (without JavaScript, each a page): more than 30 s when the machine is busy.
      test.setTimeout(90_000);
      await finishQuiz(page, "id", js);
      await page.evaluate(() => window.scrollTo(0, 0));
      const links = page.locator(".result-help .channel-link");
      expect(await links.count()).toBeGreaterThanOrEqual(2);
      expect(await links.count()).toBeLessThanOrEqual(3);
      for (let i = 0; i < (await links.count()); i++) {
        const box = await links.nth(i).boundingBox();
        expect(box, `help link ${i}`).not.toBeNull();
        expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
      }
      // Answering every question with its first choice misses some flags: the card's link carries them.
      const cardHref = (await page.locator("a[data-card-link]").getAttribute("href")) ?? "";
      expect(cardHref).toMatch(/^\/id\/card\?missed=rf[0-9a]+(,rf[0-9a]+)*$/);
      const missed = new URL(cardHref, "http://x").searchParams.get("missed")?.split(",").length ?? 0;
      expect(missed).toBeGreaterThan(0);
      await page.goto(cardHref);
      const onCard = page.locator(".card-missed li");
      await expect(onCard).toHaveCount(missed);
    });
  });
}

test("the card shows the missed flags from its link first, ignores unknown ids, and shares through WhatsApp", async ({ page }) => {
  await page.goto("/en/card?missed=rf22,rf99,rf01,rf22");
  await expect(page.locator(".card-missed li")).toHaveCount(2);
  await expect(page.locator(".card-missed li").first()).toContainText("passport");
  const share = (await page.locator("a[data-share]").getAttribute("href")) ?? "";
  expect(share.startsWith("https://wa.me/?text=")).toBe(true);
  expect(decodeURIComponent(share)).toContain("/en/card?missed=rf22,rf01");
  await expect(page.locator('.card-help a[href="tel:08001000"]')).toHaveText("0800-1000");
  // Printed, the card fits on one A4 page, even with every core red flag missed.
  const everyFlag = Array.from({ length: 33 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`).concat("rf18a");
  await page.goto(`/id/card?missed=${everyFlag.join(",")}`);
  await expect(page.locator(".card-missed li")).toHaveCount(34);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test("unknown pages and red flags are a 404 inside the site's header with quick exit", async ({ page }) => {
  for (const [path, heading] of [
    ["/id/red-flags/rf99", "Tanda bahaya “rf99” tidak ada"],
    ["/en/red-flags/rf99", "There is no red flag “rf99”"],
    ["/id/tidak-ada", "Halaman ini tidak ada"],
    ["/en/a/b/c", "This page does not exist"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("h1")).toHaveText(heading);
    await expect(page.locator(".site-header [data-quick-exit]")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", path.slice(1, 3));
  }
});

test.describe("read aloud", () => {
  test("is hidden where the phone has no voice for the page's language", async ({ page }) => {
    await page.addInitScript(() => {
      const synth = window.speechSynthesis;
      if (synth) Object.defineProperty(synth, "getVoices", { value: () => [] });
    });
    await page.goto("/id/quiz");
    await quizHydrated(page);
    await page.locator("form.quiz-intro button").click();
    await expect(page.locator(".quiz-form .choice").first()).toBeVisible();
    await expect(page.locator("[data-read-aloud]")).toHaveCount(0);
  });

  test("reads the question and its choices with the phone's Indonesian voice, sending nothing", async ({ page }) => {
    // The phone's voices are outside our control: this stands in for one Indonesian voice.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      const voice = { lang: "id-ID", name: "Indonesian", default: false, localService: true, voiceURI: "id" };
      const synth = window.speechSynthesis;
      Object.defineProperty(synth, "getVoices", { value: () => [voice] });
      Object.defineProperty(synth, "speak", { value: (u: SpeechSynthesisUtterance) => spoken.push(`${u.lang}|${u.text}`) });
      Object.defineProperty(synth, "cancel", { value: () => undefined });
      // A stand-in voice is a plain object, which the real utterance refuses.
      const Real = window.SpeechSynthesisUtterance;
      window.SpeechSynthesisUtterance = class extends Real {
        override set voice(_v: SpeechSynthesisVoice | null) {}
      } as typeof SpeechSynthesisUtterance;
    });
    await page.goto("/id/quiz");
    await quizHydrated(page);
    await page.locator("form.quiz-intro button").click();
    const button = page.locator("[data-read-aloud]");
    await expect(button).toHaveText("Bacakan soal ini");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await button.click();
    const prompt = (await page.locator(".quiz-form legend h2").textContent()) ?? "";
    const firstChoice = (await page.locator(".quiz-form .choice span").first().textContent()) ?? "";
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain("id-ID|");
    expect(spoken[0]).toContain(prompt.trim());
    expect(spoken[0]).toContain(firstChoice.trim());
    expect(requests).toEqual([]);
  });
});
