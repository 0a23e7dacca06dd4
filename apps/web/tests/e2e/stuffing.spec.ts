import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { validSubmission } from "../../bench/submissions.mjs";
import { playToProvinceQuestion, registerFacilitatorCode, submissionIdOf, villageSession } from "./helpers";
import { startOwnServer, type OwnServer } from "./own-server";

// Stuffing: every path that stores a result stops at the client's limit, which counts results,
// not requests. A server of our own with a small limit (3 results, refilling 1 a minute), behind
// a "proxy" (TRUST_PROXY=127.0.0.1), so each test picks its client by X-Forwarded-For.

const CODE = "STUF-FING-E2E0-0001";
let server: OwnServer;
let quiz: { id: string; version: number; questions: never[] };

test.beforeAll(async () => {
  // Draws have their own limit (off here): this is about results.
  server = await startOwnServer({ RESULTS_RATE_PER_MINUTE: "1", RESULTS_RATE_BURST: "3", DRAW_RATE_PER_MINUTE: "0", TRUST_PROXY: "127.0.0.1" });
  registerFacilitatorCode(server.dbFile, CODE);
  quiz = (await (await fetch(`${server.base}/api/quiz`)).json()).quizzes[0];
});
test.afterAll(async () => {
  await server.stop();
});

const stored = () => {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from submissions").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

let draws = 0;
/** A draw dealt to a client of its own (draws have their own per-client limit). */
async function draw() {
  draws += 1;
  const res = await fetch(`${server.base}/api/quiz`, { method: "POST", headers: { "x-forwarded-for": `198.51.100.${draws}` } });
  expect(res.status).toBe(200);
  return res.json();
}

const postJson = (path: string, body: unknown, client: string) =>
  fetch(`${server.base}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": client }, body: JSON.stringify(body) });

test("POST /api/results: the fourth result from one client is refused, another client still stores", async () => {
  const before = stored();
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await postJson("/api/results", validSubmission(quiz, await draw(), i), "203.0.113.1")).status);
  expect(statuses).toEqual([201, 201, 201, 429, 429]);
  expect(stored()).toBe(before + 3);
  // The key is the client the proxy names, not the proxy: someone else is not held up.
  expect((await postJson("/api/results", validSubmission(quiz, await draw(), 9), "203.0.113.2")).status).toBe(201);
});

test("the batch endpoint: a batch costs one token per session, so one request cannot carry more than the limit", async () => {
  const before = stored();
  const four = Array.from({ length: 4 }, () => villageSession(quiz as never, CODE, 10));
  const big = await postJson("/api/results/batch", { results: four }, "203.0.113.3");
  expect(big.status).toBe(429);
  expect(big.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(stored()).toBe(before);
  expect((await postJson("/api/results/batch", { results: four.slice(0, 3) }, "203.0.113.3")).status).toBe(200);
  expect((await postJson("/api/results/batch", { results: [villageSession(quiz as never, CODE, 10)] }, "203.0.113.3")).status).toBe(429);
  expect(stored()).toBe(before + 3);
});

for (const js of [false, true]) {
  test(`the quiz's ${js ? "data requests (JavaScript on, engine cut off)" : "form posts (no JavaScript)"}: a client over its limit stores nothing`, async ({ browser }) => {
    test.setTimeout(120_000);
    const client = js ? "203.0.113.5" : "203.0.113.4";
    // The client has already stored its three results through the API.
    for (let i = 0; i < 3; i++) expect((await postJson("/api/results", validSubmission(quiz, await draw(), i), client)).status).toBe(201);
    const context = await browser.newContext({ javaScriptEnabled: js, extraHTTPHeaders: { "x-forwarded-for": client } });
    const page = await context.newPage();
    // Without the engine every step goes to the server as a Remix data request.
    if (js) await page.route(/\/assets\/engine\.client-.*\.js$|\/api\/quiz\/pack/, (route) => route.abort("internetdisconnected"));
    await playToProvinceQuestion(page, js, server.base);
    const id = await submissionIdOf(page);
    const before = stored();
    const finished = page.waitForResponse((r) => r.request().method() === "POST" && /\/en\/quiz(\.data)?$/.test(new URL(r.url()).pathname));
    await page.getByRole("button", { name: "See results" }).click();
    expect((await finished).status()).toBe(429);
    expect(stored()).toBe(before);
    const db = new Database(server.dbFile, { readonly: true });
    expect(db.prepare("select id from submissions where id = ?").get(id)).toBeUndefined();
    db.close();
    await context.close();
  });
}
