import type { AggregateFilters } from "@waspada/results";
import { DEFAULT_LANGUAGE } from "../utils/i18n.server";
import type { Names } from "./words.server";
import { PROVINCES } from "@waspada/results";

/** What the filter form sends (and a shared link keeps): the names in the URL. */
export const FILTER_PARAMS = ["from", "to", "language", "mode", "province"] as const;
export type FilterParams = Partial<Record<(typeof FILTER_PARAMS)[number], string>>;

export const MODES = ["solo", "village"] as const;

/** The URL's filters as the store reads them; the store validates them (InvalidFiltersError). */
export function readFilters(url: URL): { params: FilterParams; filters: AggregateFilters } {
  const params: FilterParams = {};
  for (const name of FILTER_PARAMS) {
    const value = url.searchParams.get(name)?.trim();
    if (value) params[name] = value.slice(0, 32);
  }
  const filters = {
    from: params.from,
    to: params.to,
    lang: params.language,
    mode: params.mode,
    province: params.province,
  } as AggregateFilters;
  return { params, filters };
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
