import { data } from "@remix-run/node";
import { InvalidFiltersError, type AggregateFilters, type ResultsStore } from "@waspada/results";
import { resultsStore } from "../utils/db.server";
import { requireStaff, type StaffContext } from "./auth.server";
import { filterForm, filterParams, filterQuery, readFilters, type FilterParams } from "./filters.server";
import { STAFF_HEADERS } from "./meta";
import { staffShell } from "./shell.server";
import type { Table } from "./tables";
import { overviewView, questionsView, redFlagsView, redFlagTrend, villageView } from "./views.server";
import { namesFor, staffT } from "./words.server";

export const VIEWS = ["overview", "red-flags", "questions", "village"] as const;
export type ViewName = (typeof VIEWS)[number];

const PATHS: Record<ViewName, string> = {
  overview: "/staff",
  "red-flags": "/staff/red-flags",
  questions: "/staff/questions",
  village: "/staff/village",
};

/** The tables of one view for one set of filters: what the page draws and the CSV holds. */
export async function viewTables(store: ResultsStore, view: ViewName, filters: AggregateFilters, lang: string) {
  // Each view reads only the parts it shows; the question rollups are the costly part.
  const aggregates = await store.aggregates(filters, { completionsOnly: view === "overview" || view === "village", flagsOnly: view === "red-flags" });
  switch (view) {
    case "overview": {
      const overview = overviewView(aggregates, lang);
      return { total: overview.total, tables: overview.tables, questions: [] };
    }
    case "red-flags":
      return { total: null, tables: [redFlagsView(aggregates, lang), redFlagTrend(await store.flagTrend(filters), lang)], questions: [] };
    case "questions": {
      const questions = questionsView(aggregates, lang);
      return { total: null, tables: questions.flatMap((q) => [q.outcomes, q.options]), questions };
    }
    case "village":
      return {
        total: null,
        tables: villageView(aggregates, await store.checkAggregates(filters), lang, await store.facilitators().sessionsByCode(filters)),
        questions: [],
      };
  }
}

/**
 * Everything a dashboard page needs: the frame, the filter form, its tables. Filters the results
 * package refuses answer 400 with the form as given and no figures; a day from an older link is
 * widened to its month, and the page says so.
 */
export async function loadDashboard(request: Request, view: ViewName) {
  const context: StaffContext = await requireStaff(request);
  const { lang } = context;
  const t = staffT(lang);
  const store = await resultsStore();
  const url = new URL(request.url);
  let read: { params: FilterParams; filters: AggregateFilters; widened: boolean } | undefined;
  try {
    read = readFilters(url);
  } catch (error) {
    if (!(error instanceof InvalidFiltersError)) throw error;
  }
  const params = read?.params ?? filterParams(url);
  const form = filterForm(params, lang, await store.languages(), namesFor(lang), t);
  const common = {
    staffLang: lang,
    shell: staffShell(request, context, params),
    form,
    action: PATHS[view],
    csvHref: `/staff/export${filterQuery(params, lang, { view })}`,
    widened: read?.widened ? t("staff:filters.widened", { from: params.from ?? "…", to: params.to ?? "…" }) : undefined,
    text: {
      title: t(`staff:${view === "red-flags" ? "redFlags" : view}.title`),
      intro: t(`staff:${view === "red-flags" ? "redFlags" : view}.intro`),
      suppressionNote: t("staff:suppressionNote"),
      export: t("staff:export"),
      noData: t("staff:noData"),
      invalid: t("staff:filters.invalid"),
      total: t("staff:overview.total"),
      people: t("staff:overview.people"),
    },
    labels: { hidden: t("staff:fewerThan"), notShown: t("staff:notShown") },
  };
  if (!read) return data({ ...common, invalid: true, total: null, tables: [] as Table[], questions: [] }, { status: 400, headers: STAFF_HEADERS });
  return data({ ...common, invalid: false, ...(await viewTables(store, view, read.filters, lang)) }, { headers: STAFF_HEADERS });
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>["data"];
