import { figures } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";
import { citations, proseSources } from "./sources.server";

/** Everything the home page shows, as plain strings (home.json plus the cited key figures). */
export function homePage(lang: string) {
  const t = getT(lang);
  return {
    sourcesLabel: t("common:quiz.sources"),
    hero: pick(lang, {
      heading: "home:hero.heading",
      lead: "home:hero.lead",
      cta: "home:hero.cta",
      duration: "home:hero.duration",
    }),
    why: {
      heading: t("home:why.heading"),
      paragraphs: [
        { text: t("home:why.trap"), sources: proseSources(lang, "home:why.trap") },
        { text: t("home:why.anyone"), sources: proseSources(lang, "home:why.anyone") },
        // Comfort, not a fact: it needs no source.
        { text: t("home:why.notAlone"), sources: [] },
      ],
    },
    figures: {
      heading: t("home:figuresSection.heading"),
      note: t("home:figuresSection.note"),
      items: figures.map((figure) => ({
        id: figure.id,
        value: t(`home:figures.${figure.id}.value`),
        label: t(`home:figures.${figure.id}.label`),
        sources: citations(lang, [figure.source]),
      })),
    },
    learn: {
      heading: t("home:learn.heading"),
      items: (["offer", "departure", "control", "help"] as const).map((key) => t(`home:learn.${key}`)),
    },
    quizCall: pick(lang, { heading: "home:quizCall.heading", body: "home:quizCall.body", button: "home:quizCall.button" }),
    village: pick(lang, { heading: "home:village.heading", body: "home:village.body", link: "home:village.link", start: "home:village.start" }),
    helpTeaser: pick(lang, { heading: "home:helpTeaser.heading", body: "home:helpTeaser.body", link: "home:helpTeaser.link" }),
  };
}

export type HomePage = ReturnType<typeof homePage>;
