import { glossary } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";
import { citations, publishedCitations } from "./sources.server";

/** The glossary: each term with its plain definition and where the studies use it. */
export function glossaryPage(lang: string) {
  const t = getT(lang);
  const publicKnowledge = t("glossary:publicKnowledge");
  return {
    text: pick(lang, { title: "glossary:title", intro: "glossary:intro", sourcesLabel: "glossary:sourcesLabel" }),
    terms: glossary.map((entry) => ({
      id: entry.id,
      term: t(`glossary:terms.${entry.id}.term`),
      definition: t(`glossary:terms.${entry.id}.definition`),
      sources: [...(entry.source === "public-knowledge" ? [] : citations(lang, entry.source)), ...publishedCitations(entry.published ?? [])],
      // A word neither the studies nor a published page explains says so instead of naming a source.
      note: entry.source === "public-knowledge" ? publicKnowledge : undefined,
    })),
  };
}
