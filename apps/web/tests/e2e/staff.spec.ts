import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DB_FILE } from "../../playwright.config";
import { createStaff, restore, seedDump } from "./staff-seed";

const ADMIN = { user: "e2e-admin", password: "lantern-mango-drizzle-harbour" };
const VIEWER = { user: "e2e-viewer", password: "copper-violin-meadow-sunrise" };
const LOCKED = { user: "e2e-locked", password: "juniper-anchor-lantern-velvet" };
// Seeded results lie in January and February 2026; other specs store results dated today, so
// every check that counts filters on these two months (dates are whole months).
const RANGE = "from=2026-01&to=2026-02";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  const { quizzes } = (await (await request.get("/api/quiz")).json()) as { quizzes: Parameters<typeof seedDump>[0] };
  const { ndjson } = seedDump(quizzes, [
    { count: 20, lang: "id", province: "ID-JB", day: "2026-01-05", right: true },
    { count: 11, lang: "id", province: "ID-JB", day: "2026-01-06", right: false },
    { count: 12, lang: "en", province: "ID-JT", day: "2026-02-12", right: true },
    { count: 3, lang: "id", province: "ID-PA", day: "2026-02-12", right: false },
  ]);
  restore(E2E_DB_FILE, ndjson);
  expect(createStaff(E2E_DB_FILE, ADMIN.user, "admin", ADMIN.password)).toContain(`Created admin account "${ADMIN.user}"`);
  expect(createStaff(E2E_DB_FILE, VIEWER.user, "viewer", VIEWER.password)).toContain("Created viewer account");
  expect(createStaff(E2E_DB_FILE, LOCKED.user, "viewer", LOCKED.password)).toContain("Created viewer account");
});

async function signIn(page: Page, who: { user: string; password: string }, path = "/staff?lang=en") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await page.getByLabel(/User name|Nama pengguna/).fill(who.user);
  await page.getByLabel(/^(Password|Kata sandi)$/).fill(who.password);
  await page.getByRole("button", { name: /Sign in|Masuk/ }).click();
}

/** The table whose caption is `caption`, as rows of cell texts. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) }).first();
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
  );
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${page.url()} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an admin signs in, reads the seeded figures, filters, exports CSV and signs out", async ({ page, context }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/staff\?lang=en$/);
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: "waspada_staff", httpOnly: true, sameSite: "Strict" });

  await page.goto(`/staff?lang=en&${RANGE}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Exactly 46 people: every shown count is rounded to the nearest 5.
  await expect(page.locator(".totals")).toContainText("45");
  // 12 English and 34 Indonesian quizzes show as 10 and 35.
  expect(await tableRows(page, "Languages")).toEqual([
    ["English en", "10", "10"],
    ["Indonesian id", "35", "35"],
  ]);
  const provinces = await tableRows(page, "Provinces");
  expect(provinces[0]).toEqual(["Jawa Barat ID-JB", "30", "30"]);
  // Papua's 3 people are hidden, and so is a second province, or Papua's 3 would be 46 - 31 - 12.
  expect(provinces.filter((r) => r[2] === "fewer than 10 (hidden)").map((r) => r[0])).toEqual(["Jawa Tengah ID-JT", "Papua ID-PA"]);
  // Charts are server-drawn SVG with a title and a description, and the page runs no script.
  const chart = page.locator("svg.chart").first();
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart.locator("title")).toHaveText("Completions by week");
  await expect(chart.locator("desc")).toContainText("2026-W02");
  expect(await page.locator("script").count()).toBe(0);
  // Printed, the figures stay and the filters and navigation go.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".staff-filters")).toBeHidden();
  await expect(page.locator("nav")).toBeHidden();
  await expect(chart).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Filters go into the URL: a shared link shows the same view.
  await page.getByLabel("Quiz language", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/language=en/);
  await expect(page).toHaveURL(/from=2026-01(&|$)/);
  await expect(page.locator(".totals")).toContainText("10");
  expect(await tableRows(page, "Languages")).toEqual([["English en", "10", "10"]]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this view as CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFtable,id,name,sub_id,sub_name,measure,unit,value,suppressed\r\n")).toBe(true);
  expect(csv).toContain("byLang,en,English,,,people,count,10,0\r\n");
  expect(csv).not.toContain("byLang,id,");

  await page.getByRole("link", { name: "Red flags" }).first().click();
  await expect(page).toHaveURL(/\/staff\/red-flags\?lang=en&.*language=en/);
  await page.goto(`/staff/red-flags?lang=en&${RANGE}`);
  const flags = await tableRows(page, "Share of sightings missed, per red flag");
  expect(flags.length).toBeGreaterThan(0);
  // 14 of 46 missed the question's flags: shown as 15 of 45, 33% of the shown counts; names and
  // stages in English next to the ids.
  expect(flags[0]!.slice(2)).toEqual(["45", "30", "15", "33%"]);
  expect(flags[0]![0]).toMatch(/ rf\d+/);
  expect(flags[0]![1]).toBe("Recruitment");
  // The trend: a server-drawn chart of the same figures as its table. January's 11 of 31 missed
  // (shown as 10 of 30: 33%); February's 3 missed are hidden, so February is a gap, not a zero.
  const trendRows = await tableRows(page, "Trend: share missed per month");
  expect(trendRows.length).toBeGreaterThan(0);
  for (const row of trendRows) expect(row.slice(1)).toEqual(["33%", "not shown"]);
  const trend = page.locator("svg.chart-trend");
  await expect(trend).toHaveAttribute("role", "img");
  await expect(trend.locator("title")).toHaveText("Trend: share missed per month");
  await expect(trend.locator("desc")).toContainText("a gap is a month whose percentage is not shown");
  await expect(trend.locator("circle")).toHaveCount(trendRows.length);
  await expect(trend.locator("path.chart-line")).toHaveCount(trendRows.length);

  await page.getByRole("link", { name: "Questions" }).first().click();
  await expect(page.locator(".staff-question").first().locator("h2")).not.toBeEmpty();
  await page.goto(`/staff/questions?lang=en&${RANGE}`);
  const outcomes = await tableRows(page, "Answers to this question");
  expect(outcomes[1]).toEqual(["Right right", "30", "67%"]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?lang=en&signedOut=1/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

test("dates are whole months: an older link's days are widened and said so; a bad month is a 400", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/staff?lang=en&from=2026-01-05&to=2026-02-12");
  await expect(page.getByRole("status")).toHaveText("The dates in this link were widened to whole calendar months: from 2026-01 to 2026-02.");
  await expect(page.getByLabel("From (month)")).toHaveValue("2026-01");
  await expect(page.getByLabel("To (month)")).toHaveValue("2026-02");
  // The same figures as the two whole months, and the links carry the months.
  await expect(page.locator(".totals")).toContainText("45");
  await expect(page.getByRole("link", { name: "Red flags" }).first()).toHaveAttribute("href", /from=2026-01&to=2026-02/);
  await expect(page.getByRole("link", { name: "Download this view as CSV" })).toHaveAttribute("href", /from=2026-01&to=2026-02/);

  await page.goto(`/staff?lang=en&${RANGE}`);
  await expect(page.getByRole("status")).toHaveCount(0);
  for (const bad of ["from=2026-13", "to=2026-02-30", "from=2026-03&to=2026-02"]) {
    const response = await page.goto(`/staff?lang=en&${bad}`);
    expect(response?.status(), bad).toBe(400);
    await expect(page.getByRole("alert")).toContainText("These filters are not valid");
    await expect(page.locator(".totals")).toHaveCount(0);
    expect((await page.request.get(`/staff/export?view=overview&${bad}`)).status(), bad).toBe(400);
  }
});

test("a viewer sees no admin section and is refused its page and its actions", async ({ page }) => {
  await signIn(page, VIEWER);
  await expect(page.getByRole("link", { name: "Staff accounts" })).toHaveCount(0);
  const response = await page.goto("/staff/accounts?lang=en");
  expect(response?.status()).toBe(403);
  expect((await page.goto("/staff/facilitators?lang=en"))?.status()).toBe(403);
  await page.goto("/staff?lang=en");
  await expect(page.getByRole("link", { name: "Facilitator codes" })).toHaveCount(0);
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const post = await page.request.post("/staff/accounts", { form: { csrf, user: ADMIN.user, intent: "disable" } });
  expect(post.status()).toBe(403);
});

test("a POST without the session's CSRF token is refused and changes nothing", async ({ page }) => {
  await signIn(page, ADMIN);
  const refused = await page.request.post("/staff/sign-out", { form: { csrf: "forged" } });
  expect(refused.status()).toBe(403);
  await page.goto("/staff?lang=en");
  await expect(page).toHaveURL(/\/staff\?lang=en$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, { user: VIEWER.user, password: "not-the-right-password-at-all" });
  await expect(page.getByRole("alert")).toHaveText("That user name and password do not match an active account.");
});

test("the Indonesian dashboard words sign-in, lockout and password refusals in Indonesian", async ({ page }) => {
  // A dozen password checks at scrypt's production cost.
  test.setTimeout(90_000);
  await signIn(page, { user: VIEWER.user, password: "bukan-kata-sandi-yang-benar" }, "/staff");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("alert")).toHaveText("Nama pengguna dan kata sandi itu tidak cocok dengan akun yang aktif.");
  expect(await axeViolations(page)).toEqual([]);

  // Ten failures in 15 minutes lock the account: the tenth answer says so, in Indonesian.
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Nama pengguna").fill(LOCKED.user);
    await page.getByLabel(/^Kata sandi$/).fill(`salah-sekali-kata-sandinya-${i}`);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/staff/sign-in")),
      page.getByRole("button", { name: "Masuk" }).click(),
    ]);
    expect(answer.status()).toBe(i < 9 ? 401 : 429);
    await page.waitForLoadState();
  }
  await expect(page.getByRole("alert")).toHaveText(/^Terlalu banyak percobaan yang gagal\. Akun ini dikunci sampai \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);

  await signIn(page, ADMIN, "/staff/accounts");
  await expect(page.locator("h1")).toHaveText("Akun staf");
  const row = page.getByRole("row", { name: new RegExp(VIEWER.user) });
  const setPassword = async (password: string, again = password) => {
    await page.getByLabel(`Kata sandi baru untuk ${VIEWER.user} (paling sedikit 15 karakter)`).fill(password);
    await page.getByLabel(`Ketik lagi kata sandi baru untuk ${VIEWER.user}`).fill(again);
    await row.getByRole("button", { name: "Pasang kata sandi baru" }).click();
  };
  await setPassword("password12345678");
  await expect(page.getByRole("alert")).toHaveText(
    "Kata sandi itu terlalu umum atau terlalu mudah ditebak (kata sandi yang sudah dikenal, pola papan ketik, atau nama akun). Silakan pilih yang lain.",
  );
  await setPassword("kopi-tubruk-pasar-minggu-pagi", "kopi-tubruk-pasar-minggu-sore");
  await expect(page.getByRole("alert")).toHaveText("Kedua kata sandi tidak sama. Silakan ketik kata sandi baru dua kali.");
  expect(await axeViolations(page)).toEqual([]);
  // Nothing changed: the viewer's password still works.
  await page.context().clearCookies();
  await signIn(page, VIEWER, "/staff");
  await expect(page).toHaveURL(/\/staff$/);
});

test("an admin disables an account from the dashboard, which ends its session, and sets a new password", async ({ browser, page }) => {
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, VIEWER);
  await expect(viewer).toHaveURL(/\/staff\?lang=en$/);

  await signIn(page, ADMIN, "/staff/accounts?lang=en");
  await page.getByRole("button", { name: `Disable ${VIEWER.user}` }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await viewer.goto("/staff?lang=en");
  await expect(viewer).toHaveURL(/\/staff\/sign-in/);

  await page.getByRole("button", { name: `Enable ${VIEWER.user}` }).click();
  const setPassword = async (password: string, again = password) => {
    await page.getByLabel(`New password for ${VIEWER.user} (at least 15 characters)`).fill(password);
    await page.getByLabel(`Type the new password for ${VIEWER.user} again`).fill(again);
    await page.getByRole("row", { name: new RegExp(VIEWER.user) }).getByRole("button", { name: "Set new password" }).click();
  };
  await setPassword("password12345678");
  await expect(page.getByRole("alert")).toContainText("too common");
  await setPassword("saffron-kettle-orbit-meadow", "saffron-kettle-orbit-meadoww");
  await expect(page.getByRole("alert")).toHaveText("The two passwords are not the same. Please type the new password twice.");
  await setPassword("saffron-kettle-orbit-meadow");
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await signIn(viewer, { user: VIEWER.user, password: "saffron-kettle-orbit-meadow" });
  await expect(viewer).toHaveURL(/\/staff\?lang=en$/);
  await expect(page.locator("table").last()).toContainText("signed in");
  await viewerContext.close();
});

test("an admin makes a facilitator code, sees it once, disables it and voids its sessions", async ({ page }) => {
  await signIn(page, ADMIN, "/staff/facilitators?lang=en");
  await page.getByLabel("Name of the organisation").fill("DESBUMI Uji Coba");
  await page.getByRole("button", { name: "Make a new code" }).click();
  const notice = page.locator(".new-code");
  await expect(notice).toContainText(/New code for DESBUMI Uji Coba: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\./);
  const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec((await notice.textContent()) ?? "")![1]!;
  const row = page.getByRole("row", { name: /DESBUMI Uji Coba/ });
  await expect(row).toBeVisible();
  // Shown once: reloading the page lists the organisation, never the code.
  await page.goto("/staff/facilitators?lang=en");
  expect(await page.content()).not.toContain(code);
  await row.getByRole("button", { name: "Disable the code of DESBUMI Uji Coba" }).click();
  await expect(page.getByRole("status")).toHaveText("The code is disabled.");
  await expect(row.getByRole("button", { name: /Disable/ })).toHaveCount(0);
  await row.getByLabel("Yes, remove every session sent with this code from all figures").check();
  await row.getByRole("button", { name: "Void the sessions of DESBUMI Uji Coba" }).click();
  await expect(page.getByRole("status")).toHaveText("0 sessions removed from the figures.");
});

test("staff pages are never cached or indexed, and stay out of the sitemap", async ({ page, request }) => {
  const signInPage = await request.get("/staff/sign-in");
  expect(signInPage.headers()["cache-control"]).toBe("no-store");
  expect(signInPage.headers()["x-robots-tag"]).toContain("noindex");
  await signIn(page, ADMIN);
  const response = await page.goto("/staff/red-flags");
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain("/staff");
});

test("public pages set no cookie", async ({ page, context }) => {
  for (const path of ["/", "/id", "/en", "/id/quiz", "/en/red-flags", "/id/help"]) {
    const response = await page.goto(path);
    expect(response?.headers()["set-cookie"], path).toBeUndefined();
  }
  expect(await context.cookies()).toEqual([]);
});

test("every staff page has no WCAG 2.2 AA violations, in both languages", async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  await page.goto("/staff/sign-in");
  found.push(...(await axeViolations(page)));
  await signIn(page, ADMIN);
  for (const lang of ["id", "en"]) {
    for (const path of ["/staff", "/staff/red-flags", "/staff/questions", "/staff/village", "/staff/accounts", "/staff/facilitators"]) {
      await page.goto(`${path}?lang=${lang}&${RANGE}`);
      found.push(...(await axeViolations(page)));
    }
    // The notes and refusals of the filters too: an older link's days, and a bad month.
    for (const query of ["from=2026-01-05&to=2026-02-12", "from=2026-13"]) {
      await page.goto(`/staff?lang=${lang}&${query}`);
      found.push(...(await axeViolations(page)));
    }
  }
  expect(found).toEqual([]);
});
