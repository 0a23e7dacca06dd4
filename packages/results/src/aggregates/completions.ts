import type { Mode } from "@waspada/quiz-engine";
import { NO_PROVINCE } from "../db/schema";
import { isoWeek } from "../iso-week";
import { PROVINCES } from "../provinces";
import type { LinearSystem } from "../suppression/linear-system";
import { shownCount } from "../suppression/shown";
import type { Aggregates, Completions, Figure } from "./types";
import type { CompletionRow, ProvinceRow } from "./query";

type Counts = { submissions: number; people: number };
/** A completions row before suppression: the counts and the variable holding its people. */
type Draft<K> = { key: K; counts: Counts; variable: number };

const MODES: readonly Mode[] = ["solo", "village"];

/**
 * Completions over time and by mode, language and province, with the sums that tie them:
 * total = Σ weeks = Σ modes = Σ languages = Σ provinces, and each week = Σ its days.
 * Suppression is decided on people; a row's submission count is hidden with its people.
 */
export function draftCompletions(system: LinearSystem, rows: CompletionRow[], provinces: ProvinceRow[]) {
  const total = { submissions: 0, people: 0 };
  const byDay = new Map<string, Counts>();
  const byWeek = new Map<string, Counts>();
  const byMode = new Map<Mode, Counts>();
  const byLang = new Map<string, Counts>();
  const weekOf = new Map<string, string>();
  for (const row of rows) {
    let week = weekOf.get(row.day);
    if (week === undefined) {
      week = isoWeek(row.day);
      weekOf.set(row.day, week);
    }
    add(total, row);
    add(at(byDay, row.day), row);
    add(at(byWeek, week), row);
    add(at(byMode, row.mode as Mode), row);
    add(at(byLang, row.lang), row);
  }
  const byProvince = new Map<string | null, Counts>();
  for (const row of provinces) add(at(byProvince, row.province === NO_PROVINCE ? null : row.province), row);

  const totalVar = system.variable(total.people);
  const draft = <K>(map: Map<K, Counts>, order: (a: K, b: K) => number): Draft<K>[] =>
    [...map].sort(([a], [b]) => order(a, b)).map(([key, counts]) => ({ key, counts, variable: system.variable(counts.people) }));
  const days = draft(byDay, compareText);
  const weeks = draft(byWeek, compareText);
  const daysOfWeek = new Map<string, number[]>();
  for (const d of days) daysOfWeek.set(weekOf.get(d.key) ?? "", [...(daysOfWeek.get(weekOf.get(d.key) ?? "") ?? []), d.variable]);
  for (const week of weeks) system.sum(week.variable, daysOfWeek.get(week.key) ?? []);
  const modes = draft(byMode, (a, b) => MODES.indexOf(a) - MODES.indexOf(b));
  const langs = draft(byLang, compareText);
  const provinceOrder = (p: string | null) => (p === null ? PROVINCES.length : PROVINCES.indexOf(p as (typeof PROVINCES)[number]));
  const regions = draft(byProvince, (a, b) => provinceOrder(a) - provinceOrder(b));
  for (const group of [weeks, modes, langs, regions]) system.sum(totalVar, group.map((g) => g.variable));

  return (hidden: boolean[]): Pick<Aggregates, "total" | "byDay" | "byWeek" | "byMode" | "byLang" | "byProvince"> => {
    const done = <K>(d: Draft<K>) => completions(d.counts, hidden[d.variable] === true);
    return {
      total: completions(total, hidden[totalVar] === true),
      byDay: days.map((d) => ({ day: d.key, ...done(d) })),
      byWeek: weeks.map((d) => ({ week: d.key, ...done(d) })),
      byMode: modes.map((d) => ({ mode: d.key, ...done(d) })),
      byLang: langs.map((d) => ({ lang: d.key, ...done(d) })),
      byProvince: regions.map((d) => ({ province: d.key, ...done(d) })),
    };
  };
}

/** A figure as published: hidden, or shown by the one rule (shownCount: 1–9 hidden, others rounded to 5). */
export function figure(value: number, hidden: boolean): Figure {
  return shownCount(value, hidden);
}

function completions(counts: Counts, hidden: boolean): Completions {
  return { submissions: figure(counts.submissions, hidden), people: figure(counts.people, hidden) };
}

function at<K>(map: Map<K, Counts>, key: K): Counts {
  let counts = map.get(key);
  if (!counts) {
    counts = { submissions: 0, people: 0 };
    map.set(key, counts);
  }
  return counts;
}

function add(target: Counts, row: Counts): void {
  target.submissions += row.submissions;
  target.people += row.people;
}

/** Keys sort by name, never by size: an order by size would hint at hidden values. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
