import { expect, it } from "vitest";
import type { ResultsStore } from "../store";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";
import type { StoredSubmission } from "../types";
import { InvalidFiltersError } from "./filters";
import type { Figure } from "./types";

const show = (value: number): Figure => ({ value, suppressed: false });
const hidden: Figure = { value: null, suppressed: true };
const both = (submissions: number, people: number) => ({ submissions: show(submissions), people: show(people) });

/**
 * 12 people right on everything (Mon 6 Jan, Indonesian, Jakarta); 10 people wrong or partly
 * (Mon 13 Jan, English, no province); one village session of 30 in Jakarta on 13 Jan, who
 * answered only the salary question: 5 hands for a, 20 for b (right), 5 raised none.
 */
async function seed(store: ResultsStore): Promise<void> {
  const rows: StoredSubmission[] = [];
  for (let i = 0; i < 12; i++) rows.push({ ...solo({ province: "ID-JK" }), day: "2025-01-06" });
  for (let i = 0; i < 10; i++) {
    const answers = [
      { questionId: "salary", selected: ["a"] },
      { questionId: "visa-tourist", selected: ["false"] },
      { questionId: "advert-salary", selected: ["p1"] },
      { questionId: "story-passport", selected: ["hand-over"] },
    ];
    rows.push({ ...solo({ lang: "en", answers }), day: "2025-01-13" });
  }
  rows.push({ ...group(30, { a: 5, b: 20 }, { province: "ID-JK" }), day: "2025-01-13" });
  expect(await store.restore(rows, catalogue)).toBe(23);
}

describeStores("aggregates", ({ open }) => {
  it("gives completions by day, week, mode, language and province, rounded to the nearest 5", async () => {
    const store = await open();
    await seed(store);
    const a = await store.aggregates();
    // Exactly 23 submissions from 52 people.
    expect(a.total).toEqual(both(25, 50));
    // 12 people on 6 January show as 10; 11 submissions (40 people) on the 13th as 10.
    expect(a.byDay).toEqual([{ day: "2025-01-06", ...both(10, 10) }, { day: "2025-01-13", ...both(10, 40) }]);
    expect(a.byWeek).toEqual([{ week: "2025-W02", ...both(10, 10) }, { week: "2025-W03", ...both(10, 40) }]);
    // One village session of 30 people: a count of 1 reads "fewer than 10"; its 30 people are shown.
    expect(a.byMode).toEqual([{ mode: "solo", ...both(20, 20) }, { mode: "village", submissions: hidden, people: show(30) }]);
    expect(a.byLang).toEqual([{ lang: "en", ...both(10, 10) }, { lang: "id", ...both(15, 40) }]);
    expect(a.byProvince).toEqual([{ province: "ID-JK", ...both(15, 40) }, { province: null, ...both(10, 10) }]);
  });

  it("gives the same completions and flags, suppressed alike, when asked for completions or flags only", async () => {
    const store = await open();
    await seed(store);
    for (const filters of [{}, { lang: "en" }, { province: "ID-JK" as const }, { from: "2025-01-13" }]) {
      const whole = await store.aggregates(filters);
      const only = await store.aggregates(filters, { completionsOnly: true });
      expect(only).toEqual({ ...whole, questions: [], flags: [] });
      expect(await store.aggregates(filters, { flagsOnly: true })).toEqual({ ...whole, questions: [] });
    }
  });

  it("gives per-question outcomes and options, weighting the village by its people, rounded", async () => {
    const store = await open();
    await seed(store);
    const { questions } = await store.aggregates();
    expect(questions.map((q) => q.questionId)).toEqual(["salary", "visa-tourist", "advert-salary", "story-passport"]);
    const [salary, visa, advert, passport] = questions;
    // The room's 20 of 30 right hands make its outcome "partly" for all 30 people; 52 and 12 show as 50 and 10.
    expect(salary).toMatchObject({ kind: "single", answering: show(50), right: show(10), partly: show(30), wrong: show(10) });
    // a = 15 would give away the 5 who raised no hand (52 - 32 - 0 - a), so it is hidden too.
    expect(salary?.options).toEqual([
      { optionId: "a", people: hidden },
      { optionId: "b", people: show(30) },
      { optionId: "c", people: show(0) },
      { optionId: null, people: hidden },
    ]);
    expect(visa).toMatchObject({ answering: show(20), right: show(20), partly: show(0), wrong: show(0) });
    expect(visa?.options).toEqual([{ optionId: "true", people: show(0) }, { optionId: "false", people: show(20) }]);
    expect(advert).toMatchObject({ answering: show(20), right: show(10), partly: show(10), wrong: show(0) });
    expect(advert?.options.map((o) => [o.optionId, o.people.value])).toEqual([["p1", 20], ["p2", 0], ["p3", 10]]);
    expect(passport).toMatchObject({ answering: show(20), right: show(10), partly: show(0), wrong: show(10) });
    expect(passport?.options).toEqual([
      { optionId: "keep", step: "s1", people: show(10) },
      { optionId: "hand-over", step: "s1", people: show(10) },
      { optionId: "call", step: "s2", people: show(10) },
      { optionId: "wait", step: "s2", people: show(0) },
    ]);
  });

  it("gives red-flag figures summed over the questions that teach them, rounded", async () => {
    const store = await open();
    await seed(store);
    const { flags } = await store.aggregates();
    expect(flags).toEqual([
      // salary: 12 + 20 (room) spotted, 10 + 10 missed; advert part p1: all 22 spotted: 74, 54 and 20.
      { flagId: "rf01", met: show(75), spotted: show(55), missed: show(20) },
      { flagId: "rf03", met: show(20), spotted: show(10), missed: show(10) },
      { flagId: "rf12", met: show(20), spotted: show(20), missed: show(0) },
      { flagId: "rf20", met: show(20), spotted: show(10), missed: show(10) },
    ]);
  });

  it("applies every filter", async () => {
    const store = await open();
    await seed(store);
    expect((await store.aggregates({ province: "ID-JK" })).total).toEqual(both(15, 40));
    expect((await store.aggregates({ province: "ID-JK" })).byProvince).toEqual([{ province: "ID-JK", ...both(15, 40) }]);
    expect((await store.aggregates({ lang: "en" })).total).toEqual(both(10, 10));
    // Dates are whole months: January holds everything, December and February nothing.
    expect((await store.aggregates({ from: "2025-01", to: "2025-01" })).total).toEqual(both(25, 50));
    expect((await store.aggregates({ to: "2024-12" })).total).toEqual(both(0, 0));
    expect((await store.aggregates({ from: "2025-02" })).total).toEqual(both(0, 0));
    // A day (an older link) is widened to its month: up to 6 January means up to 31 January.
    expect((await store.aggregates({ to: "2025-01-06" })).total).toEqual(both(25, 50));
    expect((await store.aggregates({ from: "2025-01-07", to: "2025-01-31" })).total).toEqual(both(25, 50));
    expect((await store.aggregates({ quizId: "other" })).total).toEqual(both(0, 0));
    const village = await store.aggregates({ mode: "village" });
    expect(village.total).toEqual({ submissions: hidden, people: show(30) });
    expect(village.questions).toHaveLength(1);
    expect(village.questions[0]?.options).toEqual([
      { optionId: "a", people: hidden },
      { optionId: "b", people: show(20) },
      { optionId: "c", people: show(0) },
      { optionId: null, people: hidden },
    ]);
    expect(village.flags).toEqual([{ flagId: "rf01", met: show(30), spotted: show(20), missed: show(10) }]);
  });

  it("counts a village story's hands per step and an unfinished story's people at the step they stopped", async () => {
    const store = await open();
    const counts = { "s1/keep": 30, "s1/hand-over": 10, "s2/call": 12, "s2/wait": 15 };
    await store.submit(group(40, {}, { answers: [{ questionId: "story-passport", selected: ["keep", "wait"], counts, present: 40 }] }), catalogue);
    for (let i = 0; i < 12; i++) await store.submit(solo({ answers: [{ questionId: "story-passport", selected: ["keep"] }] }), catalogue);
    const { questions, flags } = await store.aggregates();
    // The room: (30 safe hands at s1 + 12 at s2) / 80 is partly right; time ran out for the 12.
    // Exactly 52 answering, 12 wrong: shown as 50 and 10.
    expect(questions[0]).toMatchObject({ questionId: "story-passport", answering: show(50), right: show(0), partly: show(40), wrong: show(10) });
    expect(questions[0]?.options).toEqual([
      { optionId: "keep", step: "s1", people: show(40) }, // 42
      { optionId: "hand-over", step: "s1", people: show(10) },
      { optionId: "call", step: "s2", people: show(10) }, // 12
      { optionId: "wait", step: "s2", people: show(15) },
      { optionId: null, step: "s2", people: show(13 + 12) },
    ]);
    // 10 hands walked into rf20 at s1; an unfinished story misses every flag: 52 met, 22 missed.
    expect(flags).toEqual([{ flagId: "rf20", met: show(50), spotted: show(30), missed: show(20) }]);
  });

  it("hides everything about fewer than ten people", async () => {
    const store = await open();
    for (let i = 0; i < 9; i++) await store.submit(solo(), catalogue);
    const a = await store.aggregates();
    expect(a.total).toEqual({ submissions: hidden, people: hidden });
    expect(a.byDay.every((d) => d.people.suppressed)).toBe(true);
    expect(a.questions.every((q) => q.answering.suppressed && q.right.suppressed)).toBe(true);
    expect(a.flags.every((f) => f.met.suppressed && f.spotted.suppressed)).toBe(true);
  });

  it("refuses filters it does not understand", async () => {
    const store = await open();
    for (const from of ["2025-13-01", "2025-13", "2025-1", "2025-02-30", "January", "2025-01-01T00:00"]) {
      await expect(store.aggregates({ from }), from).rejects.toBeInstanceOf(InvalidFiltersError);
    }
    await expect(store.aggregates({ province: "ID-XX" })).rejects.toBeInstanceOf(InvalidFiltersError);
    await expect(store.aggregates({ from: "2025-02-01", to: "2025-01-01" })).rejects.toBeInstanceOf(InvalidFiltersError);
    await expect(store.aggregates({ lang: "'; drop table cells; --" })).rejects.toBeInstanceOf(InvalidFiltersError);
  });
});
