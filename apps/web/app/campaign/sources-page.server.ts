import {
  STUDY_KEYS,
  getT,
  helpChannels,
  publishedFacts,
  sources,
  studyKeyOf,
  type PublishedSource,
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
  const studies = STUDY_KEYS.map((key) => {
    const cited = sources.filter((source) => studyKeyOf(source.ref) === key).map((source) => source.citation);
    return {
      id: `study-${key}`,
      full: t(`sources:studies.${key}.full`),
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
  return { text, studies, published: [...channels, ...facts] };
}
