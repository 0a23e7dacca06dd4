import { PROVINCES, readAggregateFilters, type AggregateFilters } from "@waspada/results";
import { DEFAULT_LANGUAGE } from "../utils/i18n.server";
import type { Names } from "./words.server";

/** What the filter form sends (and a shared link keeps): the names in the URL. */
export const FILTER_PARAMS = ["from", "to", "language", "mode", "province"] as const;
export type FilterParams = Partial<Record<(typeof FILTER_PARAMS)[number], string>>;

export const MODES = ["solo", "village"] as const;

/** The filter fields of a URL as given (trimmed, at most 32 characters each), before any check. */
export function filterParams(url: URL): FilterParams {
  const params: FilterParams = {};
  for (const name of FILTER_PARAMS) {
    const value = url.searchParams.get(name)?.trim();
    if (value) params[name] = value.slice(0, 32);
  }
  return params;
}

/**
 * The URL's filters, read by the results package (readAggregateFilters): whole calendar months,
 * a day from an older link widened to its month (`widened`), and `params` rewritten to the months
 * so that the form and every link carry them. Bad values throw InvalidFiltersError (answer 400).
 */
export function readFilters(url: URL): { params: FilterParams; filters: AggregateFilters; widened: boolean } {
  const given = filterParams(url);
  const read = readAggregateFilters({
    from: given.from,
    to: given.to,
    lang: given.language,
    mode: given.mode,
    province: given.province,
  } as AggregateFilters);
  const params: FilterParams = { ...given };
  delete params.from;
  delete params.to;
  if (read.months.from) params.from = read.months.from;
  if (read.months.to) params.to = read.months.to;
  return { params, filters: read.filters, widened: read.widened };
}

/** The query string of a view: its filters and the dashboard language, for links and CSV. */
export function filterQuery(params: FilterParams, lang: string, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  if (lang !== DEFAULT_LANGUAGE) search.set("lang", lang);
  for (const name of FILTER_PARAMS) if (params[name]) search.set(name, params[name]!);
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const query = search.toString();
  return query ? `?${query}` : "";
}

export { PROVINCES };

/** The filter form's fields and choices, in the dashboard language. */
export function filterForm(params: FilterParams, lang: string, quizLanguages: readonly string[], names: Names, t: (key: string) => string) {
  return {
    values: params,
    lang,
    /** The dashboard language travels in the query unless it is the default one. */
    keepLang: lang !== DEFAULT_LANGUAGE,
    text: {
      legend: t("staff:filters.legend"),
      from: t("staff:filters.from"),
      to: t("staff:filters.to"),
      monthHint: t("staff:filters.monthHint"),
      language: t("staff:filters.language"),
      mode: t("staff:filters.mode"),
      province: t("staff:filters.province"),
      any: t("staff:filters.any"),
      apply: t("staff:filters.apply"),
      clear: t("staff:filters.clear"),
    },
    languages: quizLanguages.map((code) => ({ value: code, label: names.language(code) })),
    modes: MODES.map((mode) => ({ value: mode, label: names.mode(mode) })),
    provinces: PROVINCES.map((code) => ({ value: code, label: names.province(code) })),
  };
}

export type FilterFormData = ReturnType<typeof filterForm>;
