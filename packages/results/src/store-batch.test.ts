import type { Question, QuizDefinition } from "@waspada/quiz-engine";
import { expect, it } from "vitest";
import { SubmissionInvalidError } from "./errors";
import { MAX_BATCH } from "./store";
import { fixtureCatalogue as catalogue, fixtureQuiz, group, solo } from "./test-fixtures";
import { describeStores } from "./test-support/stores";

describeStores("submitBatch", ({ open }) => {
  it("answers stored, duplicate and conflict per item, in order, and counts only what was stored", async () => {
    const store = await open();
    const before = group(10, { b: 10 });
    await store.submit(before, catalogue);
    const fresh = group(20, { a: 5, b: 15 });
    const other = group(30, { b: 30 });
    const results = await store.submitBatch(
      [before, { ...before, lang: "en" }, fresh, structuredClone(fresh), { ...fresh, headCount: 21, answers: fresh.answers }, other],
      catalogue,
    );
    expect(results.map((r) => r.status)).toEqual(["duplicate", "conflict", "stored", "duplicate", "conflict", "stored"]);
    expect(results.map((r) => r.id)).toEqual([before.id, before.id, fresh.id, fresh.id, fresh.id, other.id]);
    expect(await store.count()).toBe(3);
    const { total, questions } = await store.aggregates();
    expect(total.people.value).toBe(60);
    const salary = questions.find((q) => q.questionId === "salary");
    expect(salary?.answering.value).toBe(60);
  });

  it("rejects the whole batch, storing nothing, when one item is invalid", async () => {
    const store = await open();
    const bad = { ...solo(), quizVersion: 99 };
    const error = await store.submitBatch([solo(), bad, solo()], catalogue).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionInvalidError);
    expect((error as SubmissionInvalidError).issues[0]?.path[0]).toBe(1);
    expect(await store.count()).toBe(0);
  });

  it(`refuses more than ${MAX_BATCH} submissions`, async () => {
    const store = await open();
    const many = Array.from({ length: MAX_BATCH + 1 }, () => solo());
    await expect(store.submitBatch(many, catalogue)).rejects.toBeInstanceOf(SubmissionInvalidError);
    expect(await store.count()).toBe(0);
  });

  it(`stores a full batch of ${MAX_BATCH} in one call`, async () => {
    const store = await open();
    const results = await store.submitBatch(Array.from({ length: MAX_BATCH }, () => solo()), catalogue);
    expect(results.every((r) => r.status === "stored")).toBe(true);
    expect(await store.count()).toBe(MAX_BATCH);
    expect((await store.aggregates()).total.people.value).toBe(MAX_BATCH);
  });

  it("keeps two versions of a quiz apart in one cell, whose questions are numbered differently", async () => {
    const store = await open();
    // Version 3 asks one more question first, so every question of version 2 has another item number.
    const extra: Question = { id: "extra", kind: "trueFalse", stage: "recruitment", redFlags: ["rf01"], difficulty: 1, answer: false };
    const next: QuizDefinition = { ...fixtureQuiz, version: 3, questions: [extra, ...fixtureQuiz.questions] };
    const both = { ...catalogue, quizzes: [fixtureQuiz, next] };
    const results = await store.submitBatch(
      // Multiples of 5, so the shown (rounded) figures are the exact ones.
      [group(10, { b: 10 }), group(15, { b: 15 }, { quizVersion: 3 }), group(20, { a: 20 }, { quizVersion: 3 })],
      both,
    );
    expect(results.map((r) => r.status)).toEqual(["stored", "stored", "stored"]);
    const salary = (await store.aggregates()).questions.find((q) => q.questionId === "salary");
    expect(salary?.answering.value).toBe(45);
    expect(salary?.right.value).toBe(25);
    expect(salary?.options.find((o) => o.optionId === "b")?.people.value).toBe(25);
    expect(salary?.options.find((o) => o.optionId === "a")?.people.value).toBe(20);
  });

  it("keeps rollups exact when batches sharing cells and ids run at the same time", async () => {
    const store = await open();
    const shared = Array.from({ length: 20 }, () => solo());
    const batches = Array.from({ length: 4 }, () => [...shared, ...Array.from({ length: 30 }, () => solo({ province: "ID-BA" }))]);
    const results = await Promise.all(batches.map((b) => store.submitBatch(b, catalogue)));
    expect(results.flat().filter((r) => r.status === "stored")).toHaveLength(20 + 4 * 30);
    const { total, byProvince, questions } = await store.aggregates();
    expect(total.people.value).toBe(140);
    expect(byProvince).toEqual([
      { province: "ID-BA", submissions: { value: 120, suppressed: false }, people: { value: 120, suppressed: false } },
      { province: null, submissions: { value: 20, suppressed: false }, people: { value: 20, suppressed: false } },
    ]);
    expect(questions.every((q) => q.answering.value === 140)).toBe(true);
  });

  it("accepts an empty batch as a no-op", async () => {
    const store = await open();
    expect(await store.submitBatch([], catalogue)).toEqual([]);
  });
});
