import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startOwnServer, type OwnServer } from "./own-server";

// A language is a locale folder and nothing else. In a temporary copy of the workspace (never the
// real source tree: other builds and tests run beside this one), `ms` is added as a copy of `en`
// with marker strings changed; the web app is built there and served on a free port, and the site
// must then speak Malay where asked: <html lang>, the language switchers, the quiz.

const WORKSPACE = path.resolve(import.meta.dirname, "../../../..");
const SKIPPED = new Set(["node_modules", ".git", "build", ".turbo", ".e2e", "reports", "test-results", "playwright-report", "data"]);
const MARKER = "Kuis Waspada (uji bahasa ms)";

/** The workspace's sources, without installed modules, builds, reports or databases. */
function copyWorkspace(to: string) {
  cpSync(WORKSPACE, to, {
    recursive: true,
    filter: (source) => !SKIPPED.has(path.basename(source)) && !path.basename(source).startsWith(".vite"),
  });
}

/**
 * node_modules for the copy: its own folders whose entries link to the installed packages, except
 * the workspace's own packages, which must resolve to the copy (their links are relative). Nothing
 * is copied, and nothing the build writes (Vite's caches) lands in the real node_modules.
 */
function linkNodeModules(to: string) {
  for (const dir of [".", "apps/web", ...readdirSync(path.join(WORKSPACE, "packages")).map((p) => `packages/${p}`)]) {
    const real = path.join(WORKSPACE, dir, "node_modules");
    if (!existsSync(real)) continue;
    const copy = path.join(to, dir, "node_modules");
    mkdirSync(copy, { recursive: true });
    for (const entry of readdirSync(real)) {
      if (entry.startsWith(".vite") || entry === ".cache") continue;
      if (entry === "@waspada") {
        mkdirSync(path.join(copy, entry));
        for (const name of readdirSync(path.join(real, entry))) symlinkSync(path.join(to, name === "web" ? "apps" : "packages", name), path.join(copy, entry, name));
      } else {
        symlinkSync(path.join(real, entry), path.join(copy, entry));
      }
    }
  }
}

/** locales/ms: the English files, with the strings this test looks for made Malay. */
function addMalay(root: string) {
  const locales = path.join(root, "packages/content/locales");
  cpSync(path.join(locales, "en"), path.join(locales, "ms"), { recursive: true });
  const file = path.join(locales, "ms/common.json");
  const common = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
  common.language = { ...common.language, name: "Bahasa Melayu", locale: "ms-MY", continueIn: "Teruskan kuiz dalam Bahasa Melayu" };
  (common.quiz as Record<string, unknown>).title = MARKER;
  writeFileSync(file, `${JSON.stringify(common, null, 2)}\n`);
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Niced: the build shares the machine with the other tests.
    const child = spawn("nice", ["-n", "10", command, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += String(d)));
    child.stderr.on("data", (d) => (log += String(d)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${log.slice(-4_000)}`))));
  });
}

test.describe("a third language folder", () => {
  // Copy, build and serve: about a minute on a 2-core CI machine, so slow and given room.
  test.describe.configure({ timeout: 600_000 });

  let dir = "";
  let server: OwnServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    dir = mkdtempSync(path.join(tmpdir(), "waspada-third-language-"));
    try {
      copyWorkspace(dir);
      linkNodeModules(dir);
      addMalay(dir);
      await run("npm", ["run", "build"], path.join(dir, "apps/web"));
      server = await startOwnServer({}, path.join(dir, "apps/web/server.mjs"));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  });

  test.afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("@slow /ms is Malay: <html lang>, the language switchers, and the quiz", async ({ page }) => {
    const base = server!.base;
    const res = await page.goto(`${base}/ms`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ms");

    // The header's switcher offers every language folder, each named in its own language, the current one marked.
    await page.locator(".menu > summary").click();
    const links = page.locator(".languages a");
    await expect(links).toHaveCount(3);
    expect(await links.evaluateAll((els) => els.map((a) => [a.getAttribute("hreflang"), a.getAttribute("lang"), a.textContent]))).toEqual([
      ["id", "id", "Bahasa Indonesia"],
      ["en", "en", "English"],
      ["ms", "ms", "Bahasa Melayu"],
    ]);
    await expect(page.locator('.languages a[hreflang="ms"]')).toHaveAttribute("aria-current", "true");

    // Switching from ms and back keeps the page.
    await page.goto(`${base}/ms/help`);
    await page.locator(".menu > summary").click();
    await page.locator('.languages a[hreflang="id"]').click();
    await expect(page).toHaveURL(`${base}/id/help`);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await page.locator(".menu > summary").click();
    await page.locator('.languages a[hreflang="ms"]').click();
    await expect(page).toHaveURL(`${base}/ms/help`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ms");

    // The quiz page loads in ms, and a quiz started there can go on in either other language.
    await page.goto(`${base}/ms/quiz`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ms");
    await expect(page.locator("h1")).toHaveText(MARKER);
    await page.locator("form.quiz-intro button").click();
    await expect(page.locator(".quiz-form .choice").first()).toBeVisible();
    const continueIn = page.locator("form.switch-language button");
    expect(await continueIn.evaluateAll((els) => els.map((b) => b.getAttribute("lang")))).toEqual(["id", "en"]);
    await page.locator('form.switch-language button[lang="en"]').click();
    await expect(page).toHaveURL(`${base}/en/quiz`);
    await expect(page.locator(".progress")).toContainText("Question 1 of 10");
    await page.locator('form.switch-language button[lang="ms"]').click();
    await expect(page).toHaveURL(`${base}/ms/quiz`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ms");
    await expect(page.locator("h1")).toHaveText(MARKER);

    // Pages outside the language layout (the village session) speak it too.
    await page.goto(`${base}/ms/session`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ms");

    // A browser that prefers Malay is sent to it; the sitemap names it; an unknown language is
    // still a 404, whose page leads home in every language.
    const home = await page.request.get(`${base}/`, { headers: { "accept-language": "ms-MY,ms;q=0.9,en;q=0.5" }, maxRedirects: 0 });
    expect(home.headers()["location"]).toBe("/ms");
    expect(await (await page.request.get(`${base}/sitemap.xml`)).text()).toContain('hreflang="ms"');
    expect((await page.goto(`${base}/xx`))?.status()).toBe(404);
    expect(await page.locator("main a[hreflang]").evaluateAll((els) => els.map((a) => a.getAttribute("href")))).toEqual(["/id", "/en", "/ms"]);
  });
});
