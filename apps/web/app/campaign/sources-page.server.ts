import {
  getT,
  helpChannels,
  publishedFacts,
  sources,
  studies,
  studyKeyOf,
  type PublishedSource,
  type Study,
} from "@waspada/content";
import { pick } from "../utils/i18n.server";
import { formatDay } from "./help.server";

export interface PageView {
  publisher: string;
  date: string;
  url: string;
}

/** A page's own date as it prints it: a full day in words, a month or year as is, or "undated". */
function pageDate(lang: string, date: string, undated: string): string {
  if (date === "undated") return undated;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDay(lang, date) : date;
}

/**
 * A study's full reference in the page's language, from what its own text states (the studies
 * module): author, title (or what it is about, when it has none), kind and part, institution, year.
 */
export function studyReference(lang: string, study: Study): string {
  const t = getT(lang);
  const key = study.seed.slice(0, 3);
  const title = study.title
    ? `“${study.title}”${study.titleOf === "chapter" ? ` (${t("sources:reference.chapterTitle")})` : ""}`
    : t(`sources:studies.${key}.short`);
  const year = study.dates.published
    ? t("sources:reference.published", { date: formatDay(lang, study.dates.published) })
    : study.year
      ? String(study.year)
      : study.citesUpTo
        ? t("sources:reference.noYear", { year: study.citesUpTo })
        : t("sources:reference.noYearNoCites");
  return [
    study.author ?? t("sources:reference.noAuthor"),
    title,
    t("sources:reference.part", { kind: t(`sources:reference.kinds.${study.kind}`), part: study.part }),
    study.institution ?? t("sources:reference.noInstitution"),
    year,
  ].join(", ") + `. ${t("sources:reference.period", { period: study.period })}.`;
}

/**
 * The sources page: each of the five studies in full (with, folded away for researchers, where each
 * citation sits in its text), then every published page behind the help numbers and recent facts.
 */
export function sourcesPage(lang: string) {
  const t = getT(lang);
  const text = pick(lang, {
    title: "sources:title",
    intro: "sources:intro",
    studiesHeading: "sources:studiesHeading",
    studiesIntro: "sources:studiesIntro",
    researchersNote: "sources:researchersNote",
    pagesHeading: "sources:pagesHeading",
    pagesIntro: "sources:pagesIntro",
  });
  const undated = t("sources:undated");
  const studyViews = studies.map((study) => {
    const key = study.seed.slice(0, 3);
    const cited = sources.filter((source) => studyKeyOf(source.ref) === key).map((source) => source.citation);
    return {
      id: `study-${key}`,
      full: studyReference(lang, study),
      researchers: t("sources:forResearchers", { count: cited.length }),
      citations: cited,
    };
  });
  const pageView = (source: PublishedSource): PageView => ({
    publisher: source.publisher,
    date: pageDate(lang, source.date, undated),
    url: source.url,
  });
  const channels = helpChannels.map((channel) => ({
    id: `channel-${channel.id}`,
    name: `${t(`help:channels.${channel.id}.name`)}: ${channel.value}`,
    checked: t("sources:checked", { date: formatDay(lang, channel.checked) }),
    pages: channel.source.map(pageView),
  }));
  const facts = publishedFacts.map((fact) => ({
    id: `fact-${fact.id}`,
    name: t(`help:facts.${fact.id}`),
    checked: t("sources:checked", { date: formatDay(lang, fact.checked) }),
    pages: fact.source.map(pageView),
  }));
  return { text, studies: studyViews, published: [...channels, ...facts] };
}
