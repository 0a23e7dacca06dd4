import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ItemKind } from "../ingest/items";
import { isoWeek } from "../iso-week";
import { LinearSystem } from "../suppression/linear-system";
import { MIN_CELL, suppress } from "../suppression/suppress";
import { recoverable, type Attack } from "../test-support/attacker";
import { fixtureQuiz } from "../test-fixtures";
import { draftCompletions } from "./completions";
import type { CompletionRow, ItemRow, ProvinceRow } from "./query";
import { draftQuestions } from "./questions";
import type { Figure } from "./types";

/** Mostly small counts, so that suppression has work to do. */
const people = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 9 }), weight: 3 }, { arbitrary: fc.integer({ min: 10, max: 60 }), weight: 2 });
const count = fc.oneof(fc.constant(0), people);
// Ten days over three ISO weeks (2025-W02 … W04).
const days = ["2025-01-06", "2025-01-07", "2025-01-11", "2025-01-12", "2025-01-13", "2025-01-15", "2025-01-19", "2025-01-20", "2025-01-21", "2025-01-26"];

const rowArb = fc.record({
  day: fc.constantFrom(...days),
  lang: fc.constantFrom("id", "en", "jv"),
  mode: fc.constantFrom("solo", "village"),
  province: fc.constantFrom("ID-JK", "ID-NT", "ID-BA", "-"),
  people,
});

function check(attack: Attack, figures: Map<string, Figure>) {
  const hiddenNames = [...figures].filter(([, f]) => f.suppressed).map(([name]) => name);
  expect(recoverable(attack, hiddenNames)).toEqual([]);
  for (const [, f] of figures) if (!f.suppressed) expect(f.value === 0 || (f.value ?? 0) >= MIN_CELL).toBe(true);
}

function attackOf(figures: Map<string, Figure>, sums: Attack["sums"]): Attack {
  return { known: new Map([...figures].map(([name, f]) => [name, f.value])), sums };
}

describe("suppression, attacked with the true sums between published figures", () => {
  it("never lets a hidden completion figure be recovered", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (raw) => {
        const byKey = new Map<string, CompletionRow>();
        const byProvince = new Map<string, ProvinceRow>();
        for (const r of raw) {
          const key = `${r.day}|${r.lang}|${r.mode}`;
          const row = byKey.get(key) ?? { day: r.day, lang: r.lang, mode: r.mode, submissions: 0, people: 0 };
          row.submissions += 1;
          row.people += r.people;
          byKey.set(key, row);
          const p = byProvince.get(r.province) ?? { province: r.province, submissions: 0, people: 0 };
          p.submissions += 1;
          p.people += r.people;
          byProvince.set(r.province, p);
        }
        const system = new LinearSystem();
        const finish = draftCompletions(system, [...byKey.values()], [...byProvince.values()]);
        const out = finish(suppress(system));

        const figures = new Map<string, Figure>([["total", out.total.people]]);
        out.byDay.forEach((r) => figures.set(`day:${r.day}`, r.people));
        out.byWeek.forEach((r) => figures.set(`week:${r.week}`, r.people));
        out.byMode.forEach((r) => figures.set(`mode:${r.mode}`, r.people));
        out.byLang.forEach((r) => figures.set(`lang:${r.lang}`, r.people));
        out.byProvince.forEach((r) => figures.set(`province:${r.province}`, r.people));
        const names = (prefix: string) => [...figures.keys()].filter((n) => n.startsWith(prefix));
        const sums = ["day:", "week:", "mode:", "lang:", "province:"].map((prefix) => ({ total: "total", parts: names(prefix) }));
        for (const week of names("week:")) {
          sums.push({ total: week, parts: names("day:").filter((d) => `week:${isoWeek(d.slice(4))}` === week) });
        }
        check(attackOf(figures, sums), figures);
        // Suppression hides; a shown number is the true one rounded to the nearest 5.
        const truePeople = raw.reduce((sum, r) => sum + r.people, 0);
        if (!out.total.people.suppressed) expect(out.total.people.value).toBe(Math.round(truePeople / 5) * 5);
      }),
      { numRuns: 300 },
    );
  });

  it("never lets a hidden question, option or red-flag figure be recovered", () => {
    const outcome = fc.tuple(count, count, count);
    const arb = fc.record({
      salary: fc.record({ a: count, b: count, c: count, none: count, outcome }),
      story: fc.record({ keep: count, handOver: count, noneS1: count, call: count, wait: count, noneS2: count, outcome }),
      flag: fc.tuple(count, count),
    });
    fc.assert(
      fc.property(arb, ({ salary, story, flag }) => {
        // Keep the data true to the story's shape: everyone who kept the passport reached step 2.
        const keep = story.call + story.wait + story.noneS2;
        const salaryAnswering = salary.a + salary.b + salary.c + salary.none;
        const storyAnswering = keep + story.handOver + story.noneS1;
        const split = (total: number, [r, p]: [number, number, number]) => {
          const right = Math.min(r, total);
          const partly = Math.min(p, total - right);
          return [total, right, partly, total - right - partly] as [number, number, number, number];
        };
        const row = (questionId: string, kind: string, key: string, counts: number[]): ItemRow => ({
          quizId: fixtureQuiz.id,
          questionId,
          kind,
          key,
          counts: [counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0],
        });
        const rows: ItemRow[] = [
          row("salary", ItemKind.QUESTION, "", split(salaryAnswering, salary.outcome)),
          row("salary", ItemKind.OPTION, "a", [salary.a]),
          row("salary", ItemKind.OPTION, "b", [salary.b]),
          row("salary", ItemKind.OPTION, "c", [salary.c]),
          row("salary", ItemKind.NO_CHOICE, "", [salary.none]),
          row("story-passport", ItemKind.QUESTION, "", split(storyAnswering, story.outcome)),
          row("story-passport", ItemKind.OPTION, "s1/keep", [keep]),
          row("story-passport", ItemKind.OPTION, "s1/hand-over", [story.handOver]),
          row("story-passport", ItemKind.OPTION, "s2/call", [story.call]),
          row("story-passport", ItemKind.OPTION, "s2/wait", [story.wait]),
          row("story-passport", ItemKind.NO_CHOICE, "s1", [story.noneS1]),
          row("story-passport", ItemKind.NO_CHOICE, "s2", [story.noneS2]),
          // Taught by two questions: each person sighted twice, so half as many people as sightings.
          row("", ItemKind.FLAG, "rf01", [2 * flag[0], 2 * flag[1], flag[0], flag[1]]),
        ];
        const system = new LinearSystem();
        const finish = draftQuestions(system, rows, [fixtureQuiz]);
        const out = finish(suppress(system));

        const figures = new Map<string, Figure>();
        for (const q of out.questions) {
          for (const m of ["answering", "right", "partly", "wrong"] as const) figures.set(`${q.questionId}:${m}`, q[m]);
          for (const o of q.options) figures.set(`${q.questionId}:option:${o.step ?? ""}/${o.optionId ?? "none"}`, o.people);
        }
        for (const f of out.flags) for (const m of ["met", "spotted", "missed"] as const) figures.set(`${f.flagId}:${m}`, f[m]);
        // A "no hand raised" line is left out when it is zero: the attacker knows that too.
        for (const name of ["salary:option:/none", "story-passport:option:s1/none", "story-passport:option:s2/none"]) {
          if (!figures.has(name)) figures.set(name, { value: 0, suppressed: false });
        }
        const attack = attackOf(figures, [
          ...["salary", "story-passport"].map((q) => ({ total: `${q}:answering`, parts: ["right", "partly", "wrong"].map((m) => `${q}:${m}`) })),
          { total: "salary:answering", parts: ["a", "b", "c", "none"].map((o) => `salary:option:/${o}`) },
          { total: "story-passport:answering", parts: ["keep", "hand-over", "none"].map((o) => `story-passport:option:s1/${o}`) },
          { total: "reached-s2", parts: ["call", "wait", "none"].map((o) => `story-passport:option:s2/${o}`) },
          { total: "reached-s2", parts: ["story-passport:option:s1/keep"] },
          { total: "rf01:met", parts: ["rf01:spotted", "rf01:missed"] },
        ]);
        attack.known.set("reached-s2", null);
        check(attack, figures);
      }),
      { numRuns: 300 },
    );
  });
});
