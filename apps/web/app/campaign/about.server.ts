import { getT, pick } from "../utils/i18n.server";
import { proseSources } from "./sources.server";

/** The about page: how the site was made; the studies and every source are on the sources page. */
export function aboutPage(lang: string) {
  const t = getT(lang);
  return {
    text: pick(lang, {
      title: "about:title",
      intro: "about:intro",
      howMadeHeading: "about:howMade.heading",
      framingHeading: "about:framing.heading",
      noRanking: "about:framing.noRanking",
      limitsHeading: "about:limits.heading",
      limits: "about:limits.body",
      sourcesHeading: "about:sourcesHeading",
      sourcesIntro: "about:sourcesIntro",
      sourcesLink: "sources:title",
      sourcesLabel: "common:quiz.sources",
    }),
    howMade: (["seeds", "citations", "noInvention", "languages", "checks"] as const).map((key) => t(`about:howMade.${key}`)),
    framing: { text: t("about:framing.body"), sources: proseSources(lang, "about:framing.body") },
  };
}
