import type { Aggregates, CheckAggregates, Figure, FlagTrend } from "@waspada/results";
import { percent, value } from "./figures";
import { shownParts } from "./parts.server";
import type { Table, TableRow } from "./tables";
import { namesFor, staffT } from "./words.server";

const count = (f: Figure) => value(f);

const NAME_LABELS: Record<string, string> = {
  overTime: "staff:overview.week",
  byMode: "staff:filters.mode",
  byLang: "staff:filters.language",
  byProvince: "staff:filters.province",
};

function completionsTable(
  lang: string,
  key: string,
  rows: { id: string; name: string; submissions: Figure; people: Figure }[],
  chart: Table["chart"],
): Table {
  const t = staffT(lang);
  return {
    key,
    title: t(`staff:overview.${key}`),
    description: t(`staff:overview.${key}Desc`, { first: rows[0]?.id ?? "", last: rows.at(-1)?.id ?? "" }),
    idLabel: "id",
    nameLabel: t(NAME_LABELS[key] ?? "staff:overview.week"),
    columns: [
      { key: "submissions", label: t("staff:overview.submissions"), kind: "count" },
      { key: "people", label: t("staff:overview.peopleColumn"), kind: "count" },
    ],
    rows: rows.map((r) => ({ id: r.id, name: r.name, values: [count(r.submissions), count(r.people)] })),
    ...(chart ? { chart } : {}),
  };
}

export function overviewView(a: Aggregates, lang: string): { total: { submissions: number | null; people: number | null }; tables: Table[] } {
  const names = namesFor(lang);
  return {
    total: { submissions: count(a.total.submissions), people: count(a.total.people) },
    tables: [
      completionsTable(lang, "overTime", a.byWeek.map((w) => ({ id: w.week, name: w.week, ...w })), { type: "line", column: "people" }),
      completionsTable(lang, "byMode", a.byMode.map((m) => ({ id: m.mode, name: names.mode(m.mode), ...m })), { type: "bar", column: "people" }),
      completionsTable(lang, "byLang", a.byLang.map((l) => ({ id: l.lang, name: names.language(l.lang), ...l })), { type: "bar", column: "people" }),
      completionsTable(
        lang,
        "byProvince",
        a.byProvince.map((p) => ({ id: p.province ?? "none", name: names.province(p.province), ...p })),
        { type: "bar", column: "people" },
      ),
    ],
  };
}

/**
 * Red flags, most missed first: by the share missed, then by name. Only figures that are shown
 * decide the order; a flag with a hidden share goes to the end (in id order), so the order
 * never hints at a hidden number.
 */
export function redFlagsView(a: Aggregates, lang: string): Table {
  const t = staffT(lang);
  const names = namesFor(lang);
  const rows = a.flags.map((f) => ({
    id: f.flagId,
    name: names.flag(f.flagId),
    subId: "",
    subName: names.stages(f.flagId),
    values: [count(f.met), count(f.spotted), count(f.missed), percent(f.missed, f.met)],
  }));
  const share = (r: TableRow) => r.values[3] ?? null;
  rows.sort((x, y) => {
    const a1 = share(x);
    const b1 = share(y);
    if (a1 === null || b1 === null) return a1 === b1 ? (x.id < y.id ? -1 : 1) : a1 === null ? 1 : -1;
    return b1 - a1 || (x.id < y.id ? -1 : 1);
  });
  return {
    key: "redFlags",
    title: t("staff:redFlags.chart"),
    description: t("staff:redFlags.chartDesc"),
    idLabel: "id",
    nameLabel: t("staff:redFlags.flag"),
    subLabel: t("staff:redFlags.stage"),
    columns: [
      { key: "met", label: t("staff:redFlags.met"), kind: "count" },
      { key: "spotted", label: t("staff:redFlags.spotted"), kind: "count" },
      { key: "missed", label: t("staff:redFlags.missed"), kind: "count" },
      { key: "missedShare", label: t("staff:redFlags.missedShare"), kind: "percent" },
    ],
    rows,
    chart: { type: "bar", column: "missedShare" },
  };
}

/**
 * The share missed per red flag and calendar month (the last 12 with data), drawn as one small
 * line per flag where a month without a shown share is a gap. Each month is
 * suppressed on its own; only whole-number percentages from 10 or more sightings are published
 * here, never counts, so a month's hidden counts cannot be recovered by subtracting shown months
 * from the whole range on the same page.
 */
export function redFlagTrend(trend: FlagTrend, lang: string): Table {
  const t = staffT(lang);
  const names = namesFor(lang);
  const months = trend.months.slice(-12);
  const flagIds = [...new Set(months.flatMap((m) => m.flags.map((f) => f.flagId)))].sort();
  return {
    key: "trend",
    title: t("staff:redFlags.trend"),
    description: t("staff:redFlags.trendIntro"),
    idLabel: "id",
    nameLabel: t("staff:redFlags.flag"),
    columns: months.map((m) => ({ key: m.month, label: m.month, kind: "percent" as const })),
    rows: flagIds.map((id) => ({
      id,
      name: names.flag(id),
      values: months.map((m) => {
        const f = m.flags.find((x) => x.flagId === id);
        return f ? percent(f.missed, f.met) : null;
      }),
    })),
    chart: { type: "trend" },
  };
}

export interface QuestionView {
  questionId: string;
  text: string;
  outcomes: Table;
  options: Table;
}

/** Per question: who answered and how (with shares from 10 people), then the people per option. */
export function questionsView(a: Aggregates, lang: string): QuestionView[] {
  const t = staffT(lang);
  const names = namesFor(lang);
  return a.questions.map((q) => {
    const text = names.question(q.questionId);
    const outcomes: [string, Figure][] = [
      ["right", q.right],
      ["partly", q.partly],
      ["wrong", q.wrong],
    ];
    return {
      questionId: q.questionId,
      text,
      outcomes: {
        key: `outcomes-${q.questionId}`,
        title: t("staff:questions.correctChart"),
        description: t("staff:questions.correctChartDesc"),
        idLabel: "id",
        nameLabel: t("staff:questions.outcome"),
        columns: [
          { key: "people", label: t("staff:overview.peopleColumn"), kind: "count" },
          { key: "share", label: t("staff:questions.share"), kind: "percent" },
        ],
        rows: [
          { id: "answering", name: t("staff:questions.answering"), values: [count(q.answering), null] },
          ...outcomes.map(([id, f]) => ({ id, name: t(`staff:questions.${id}`), values: [count(f), percent(f, q.answering)] })),
        ],
        chart: { type: "bar", column: "people" },
      },
      options: {
        key: `options-${q.questionId}`,
        title: t("staff:questions.optionsTitle"),
        description: t("staff:questions.optionsDesc"),
        idLabel: "id",
        nameLabel: t("staff:questions.option"),
        subLabel: t("staff:questions.step"),
        columns: [
          { key: "people", label: t("staff:questions.chose"), kind: "count" },
          { key: "share", label: t("staff:questions.share"), kind: "percent" },
        ],
        rows: q.options.map((o) => ({
          id: o.optionId ?? "none",
          name: names.option(q.questionId, o.optionId, o.step),
          ...(o.step ? { subId: o.step, subName: names.step(q.questionId, o.step) } : {}),
          values: [count(o.people), percent(o.people, q.answering)],
        })),
      },
    };
  });
}

/** Village sessions and people per facilitator code: the code's organisation, never the code. */
export interface CodeSessions {
  id: number;
  name: string;
  sessions: number;
  people: number;
}

export function villageView(a: Aggregates, checks: CheckAggregates, lang: string, byCode: readonly CodeSessions[] = []): Table[] {
  const t = staffT(lang);
  const names = namesFor(lang);
  const village = a.byMode.find((m) => m.mode !== "solo");
  // The codes sum to the village total above: hidden together so that none follows from it.
  const codes = shownParts(byCode);
  return [
    {
      key: "sessions",
      title: t("staff:village.title"),
      description: t("staff:village.intro"),
      idLabel: "id",
      nameLabel: t("staff:village.title"),
      columns: [
        { key: "sessions", label: t("staff:village.sessions"), kind: "count" },
        { key: "people", label: t("staff:village.people"), kind: "count" },
      ],
      rows: [
        {
          id: "village",
          name: names.mode("village"),
          values: village ? [count(village.submissions), count(village.people)] : [0, 0],
        },
      ],
    },
    {
      key: "byCode",
      title: t("staff:village.byCode"),
      description: t("staff:village.byCodeDesc"),
      idLabel: "id",
      nameLabel: t("staff:village.organisation"),
      columns: [
        { key: "sessions", label: t("staff:village.sessions"), kind: "count" },
        { key: "people", label: t("staff:village.people"), kind: "count" },
      ],
      rows: byCode.map((c, i) => ({ id: String(c.id), name: c.name, values: [count(codes[i]!.sessions), count(codes[i]!.people)] })),
    },
    {
      key: "checks",
      title: t("staff:village.checks"),
      description: t("staff:village.checksDesc"),
      idLabel: "id",
      nameLabel: t("staff:village.check"),
      columns: [
        { key: "openingRight", label: t("staff:village.openingRight"), kind: "percent" },
        { key: "closingRight", label: t("staff:village.closingRight"), kind: "percent" },
        { key: "openingPresent", label: t("staff:village.openingPresent"), kind: "count" },
        { key: "closingPresent", label: t("staff:village.closingPresent"), kind: "count" },
      ],
      rows: checks.checks.map((c) => ({
        id: c.checkId,
        name: names.check(c.checkId),
        values: [percent(c.opening.right, c.opening.present), percent(c.closing.right, c.closing.present), count(c.opening.present), count(c.closing.present)],
      })),
    },
  ];
}
