import { expect, test, type APIRequestContext } from "@playwright/test";
import { validSubmission } from "../../bench/submissions.mjs";
import { deal, storedSubmission } from "./helpers";
import { startOwnServer } from "./own-server";

// A solo result counts only for a quiz the server drew: each attack below stores nothing.
type Quiz = { id: string; version: number; questions: { id: string }[] };

const post = (request: APIRequestContext, path: string, data: unknown) =>
  request.post(path, { data: JSON.stringify(data), headers: { "content-type": "application/json" } });

async function quizOf(request: APIRequestContext): Promise<Quiz> {
  return (await (await request.get("/api/quiz")).json()).quizzes[0];
}

test("a result with its draw is stored once; the same draw replayed is the same result", async ({ request }) => {
  const quiz = await quizOf(request);
  const draw = await deal(request);
  expect(draw.questions).toHaveLength(10);
  const sub = validSubmission(quiz, draw, 1);
  expect((await post(request, "/api/results", sub)).status()).toBe(201);
  expect((await post(request, "/api/results", sub)).status()).toBe(200);
  expect(storedSubmission(draw.id)).toEqual({ id: draw.id, lang: sub.lang, mode: "solo", province: null });
});

test("without a valid draw, with extra or missing questions, or under another id, nothing is stored", async ({ request }) => {
  const quiz = await quizOf(request);
  const [draw, other] = await deal(request, 2);
  const good = validSubmission(quiz, draw!, 2);
  const [id, quizId, version, seed, day, mac] = draw!.draw.split(".");
  const extra = quiz.questions.find((q) => !draw!.questions.includes(q.id))!;
  const attempts = {
    "no draw": { ...good, draw: undefined },
    "a forged draw": { ...good, draw: `${id}.${quizId}.${version}.${Number(seed) + 1}.${day}.${mac}` },
    "another draw's token": { ...good, draw: other!.draw },
    "every question of the quiz": validSubmission(quiz, { ...draw!, questions: quiz.questions.map((q) => q.id) }, 2),
    "an extra question": validSubmission(quiz, { ...draw!, questions: [...draw!.questions, extra.id] }, 2),
    "a missing question": validSubmission(quiz, { ...draw!, questions: draw!.questions.slice(1) }, 2),
    "a random id": { ...good, id: crypto.randomUUID() },
  };
  for (const [name, body] of Object.entries(attempts)) {
    const single = await post(request, "/api/results", body);
    expect(single.status(), name).toBe(400);
    expect((await single.json()).error, name).toMatch(/Nothing was stored/);
    expect((await post(request, "/api/results/batch", { results: [body] })).status(), `${name} (batch)`).toBe(400);
  }
  expect(storedSubmission(draw!.id)).toBeUndefined();
});

test("a reused draw with other answers stores nothing more", async ({ request }) => {
  const quiz = await quizOf(request);
  const draw = await deal(request);
  const first = validSubmission(quiz, draw, 0, { lang: "id" });
  expect((await post(request, "/api/results", first)).status()).toBe(201);
  for (let n = 1; n <= 3; n++) {
    const changed = validSubmission(quiz, draw, n, { lang: "id" });
    if (JSON.stringify(changed.answers) === JSON.stringify(first.answers)) continue;
    expect((await post(request, "/api/results", changed)).status()).toBe(409);
  }
  expect((await post(request, "/api/results", { ...first, lang: "en" })).status()).toBe(409);
  expect(storedSubmission(draw.id)).toEqual({ id: draw.id, lang: "id", mode: "solo", province: null });
});

test("dealing a draw is a POST that is never cached", async ({ request }) => {
  const response = await request.post("/api/quiz");
  expect(response.headers()["cache-control"]).toBe("no-store");
  const [a, b] = [await response.json(), await (await request.post("/api/quiz")).json()];
  expect(a.id).not.toBe(b.id);
});

test("dealing draws is limited per address: quiz pages and POST /api/quiz share one bucket", async () => {
  // A server of its own with a small limit (the suite's server runs without one).
  const server = await startOwnServer({ RESULTS_RATE_PER_MINUTE: "1", RESULTS_RATE_BURST: "3" });
  try {
    const { base } = server;
    const statuses = [
      (await fetch(`${base}/id/quiz`)).status,
      (await fetch(`${base}/api/quiz`, { method: "POST" })).status,
      (await fetch(`${base}/en/quiz`)).status,
      (await fetch(`${base}/api/quiz`, { method: "POST" })).status,
      (await fetch(`${base}/id/quiz`)).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Other pages are not draws.
    expect((await fetch(`${base}/id`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});
