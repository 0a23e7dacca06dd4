import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { addFacilitator, listFacilitators, openResultsStore, ROUND_TO, shownCount, type ResultsStore } from "@waspada/results";
import { afterAll, describe, expect, it } from "vitest";
import { soloResult, villageResult } from "../../tests/e2e/seed-results";
import { catalogue } from "../api/catalogue.server";
import { tablesToCsv } from "./export.server";
import { codeFigures } from "./facilitators.server";
import { MIN_PEOPLE } from "./figures";
import type { Table } from "./tables";
import { overviewView, questionsView, redFlagTrend, redFlagsView, villageView } from "./views.server";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function freshStore(): Promise<ResultsStore> {
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-staff-"));
  dirs.push(dir);
  return openResultsStore({ file: path.join(dir, "results.sqlite") });
}

const quiz = catalogue.quizzes[0]!;
const question = quiz.questions.find((q) => q.kind === "single")!;
const options = (question as { options: { id: string; correct: boolean }[] }).options;

interface Group {
  count: number;
  lang: "id" | "en";
  province: string | undefined;
  day: string;
  option: number;
}

/** Solo results, each answering the bank's first single-choice question. */
function rows(groups: Group[]) {
  return groups.flatMap((g) =>
    Array.from({ length: g.count }, () => soloResult(quiz, question.id, options[g.option % options.length]!.id, g)),
  );
}

const groupArb = fc.record({
  count: fc.integer({ min: 1, max: 25 }),
  lang: fc.constantFrom("id" as const, "en" as const),
  province: fc.constantFrom(undefined, "ID-JB", "ID-JT", "ID-NT", "ID-PA"),
  day: fc.constantFrom("2026-01-05", "2026-01-20", "2026-02-03", "2026-03-09"),
  option: fc.nat(5),
});

/**
 * What the dashboard must never do, whatever the data: show a non-zero count under 10, give a
 * percentage of fewer than 10 people or beside a hidden count, or leave a hidden row that the
 * shown total and the other shown rows give away (exactly one hidden row under a shown total).
 */
function checkTable(table: Table, total: number | null) {
  table.rows.forEach((row) => {
    row.values.forEach((v, i) => {
      const column = table.columns[i]!;
      if (column.kind === "count" && v !== null) {
        expect(v === 0 || v >= MIN_PEOPLE, `${table.key} ${row.id} ${column.key} = ${v}`).toBe(true);
        expect(v % ROUND_TO, `${table.key} ${row.id} ${column.key} = ${v}, rounded to 5`).toBe(0);
      }
    });
  });
  if (total === null) return;
  for (const [i, column] of table.columns.entries()) {
    if (column.kind !== "count" || column.key !== "people") continue;
    const hidden = table.rows.filter((r) => r.values[i] === null);
    expect(hidden.length, `${table.key}: one hidden row under a shown total`).not.toBe(1);
    // Every shown count is rounded to the nearest 5, so the rows add up to the total within 2 each.
    const sum = table.rows.reduce((s, r) => s + (r.values[i] ?? 0), 0);
    if (!hidden.length) expect(Math.abs(sum - total)).toBeLessThanOrEqual(2 * (table.rows.length + 1));
  }
}

describe("dashboard views on a real store", () => {
  it("never show a small figure, nor one that the totals give away", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(groupArb, { minLength: 1, maxLength: 8 }), async (groups) => {
        const store = await freshStore();
        try {
          await store.restore(rows(groups), catalogue);
          const aggregates = await store.aggregates();
          const overview = overviewView(aggregates, "en");
          for (const table of overview.tables) checkTable(table, overview.total.people);

          const flags = redFlagsView(aggregates, "en");
          for (const row of flags.rows) {
            const [met, spotted, missed, share] = row.values;
            const hiddenOfThree = [met, spotted, missed].filter((v) => v === null).length;
            expect(hiddenOfThree, `${row.id}: met = spotted + missed with one hidden`).not.toBe(1);
            if (share !== null) expect(missed != null && met != null && met >= MIN_PEOPLE).toBe(true);
          }
          checkTable(flags, null);

          for (const q of questionsView(aggregates, "en")) {
            const answering = q.outcomes.rows[0]!.values[0] ?? null;
            const outcomes = q.outcomes.rows.slice(1);
            expect(outcomes.filter((r) => r.values[0] === null).length === 1 && answering !== null).toBe(false);
            for (const r of [...outcomes, ...q.options.rows]) {
              if (r.values[1] !== null) expect(r.values[0] !== null && answering !== null && answering >= MIN_PEOPLE).toBe(true);
            }
            checkTable(q.options, null);
          }

          // The trend publishes percentages only, each from 10 or more sightings of its month.
          const trend = await store.flagTrend();
          const trendTable = redFlagTrend(trend, "en");
          trendTable.rows.forEach((row) =>
            row.values.forEach((v, i) => {
              if (v === null) return;
              const flag = trend.months.slice(-12)[i]!.flags.find((f) => f.flagId === row.id)!;
              expect(flag.met.value ?? 0).toBeGreaterThanOrEqual(MIN_PEOPLE);
              expect(flag.missed.suppressed).toBe(false);
            }),
          );
          expect(trendTable.columns.every((c) => c.kind === "percent")).toBe(true);

          // The CSV says the same: every hidden figure is an empty, flagged cell.
          const csv = tablesToCsv(overview.tables).slice(1).trim().split("\r\n").slice(1);
          const hiddenCells = overview.tables.flatMap((t) => t.rows.flatMap((r) => r.values.filter((v) => v === null))).length;
          expect(csv.filter((line) => line.endsWith(",,1")).length).toBe(hiddenCells);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it("never let a hidden facilitator code's figures follow from the village total", async () => {
    // Each code holds a few village sessions (or none); the village page shows the total.
    const codesArb = fc.array(fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 3 }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(codesArb, async (codes) => {
        const store = await freshStore();
        try {
          const subs = [];
          const secrets: string[] = [];
          for (const [i, sessions] of codes.entries()) {
            const { code } = await addFacilitator(store, `Organisation ${i + 1}`);
            secrets.push(code);
            for (const present of sessions) {
              const option = options[0]!.id;
              subs.push(villageResult(quiz, question.id, option, present, present, code));
            }
          }
          if (subs.length) await store.submitBatch(subs, catalogue);
          const listed = await listFacilitators(store);
          const shown = codeFigures(listed);
          const [sessionsTable, byCode] = villageView(await store.aggregates(), await store.checkAggregates(), "en", await store.facilitators().sessionsByCode());
          const [, totalPeople] = sessionsTable!.rows[0]!.values;
          // With a shown total, one hidden code's people would be the total minus the shown ones.
          if (totalPeople !== null && totalPeople !== undefined) {
            expect(shown.filter((f) => f.people === null).length, "one hidden code beside a shown total").not.toBe(1);
          }
          // The village page's table by code: the same guarantee, names and never the codes.
          expect(byCode!.key).toBe("byCode");
          expect(byCode!.rows.length).toBe(codes.filter((s) => s.length).length);
          for (const row of byCode!.rows) expect(secrets.some((code) => row.id.includes(code) || row.name.includes(code))).toBe(false);
          // A code's people are never under 10; a hidden code hides its sessions too, and 1–9
          // sessions read "fewer than 10" even when their people are shown.
          for (const row of byCode!.rows) {
            const [sessions, people] = row.values;
            if (people === null) expect(sessions, "sessions hidden with their people").toBeNull();
            if (people !== null && people !== undefined) expect(people === 0 || people >= MIN_PEOPLE, `${row.name}: ${people} people`).toBe(true);
          }
          if (totalPeople !== null && totalPeople !== undefined) expect(byCode!.rows.filter((r) => r.values[1] === null).length).not.toBe(1);
          shown.forEach((f, i) => {
            if (f.people !== null) expect(f.people === 0 || f.people >= MIN_PEOPLE, `code ${i}: ${f.people} people`).toBe(true);
            if (f.people === null) expect(f.sessions, "sessions hidden with their people").toBeNull();
            // What is shown is the exact count by the one rule: 1–9 hidden, the rest rounded to 5.
            if (f.people !== null) expect([f.sessions, f.people]).toEqual([shownCount(listed[i]!.sessions).value, shownCount(listed[i]!.people).value]);
          });
        } finally {
          await store.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it("orders red flags by the share missed, shown shares only, hidden ones last by id", async () => {
    const store = await freshStore();
    try {
      await store.restore(
        rows([
          { count: 30, lang: "id", province: "ID-JB", day: "2026-01-05", option: options.findIndex((o) => o.correct) },
          { count: 12, lang: "id", province: "ID-JB", day: "2026-01-05", option: options.findIndex((o) => !o.correct) },
        ]),
        catalogue,
      );
      const flags = redFlagsView(await store.aggregates(), "en");
      expect(flags.rows.length).toBeGreaterThan(0);
      const shares = flags.rows.map((r) => r.values[3] ?? null);
      const shown = shares.filter((s): s is number => s !== null);
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
      expect(shares.indexOf(null) === -1 || shares.slice(shares.indexOf(null)).every((s) => s === null)).toBe(true);
      // 42 met, 12 missed: shown as 40 and 10, and the share from the shown counts, 25%.
      expect(flags.rows[0]!.values).toEqual([40, 30, 10, 25]);
      // Names and stages next to ids, in the staff member's language.
      expect(flags.rows[0]!.name).not.toBe(flags.rows[0]!.id);
      expect(redFlagsView(await store.aggregates(), "id").rows[0]!.name).not.toBe(flags.rows[0]!.name);
    } finally {
      await store.close();
    }
  });
});
