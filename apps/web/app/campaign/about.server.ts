import { sources } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";
import { proseSources } from "./sources.server";

/** The about page: how the site was made, the five studies, and every source cited anywhere. */
export function aboutPage(lang: string) {
  const t = getT(lang);
  const seedFiles = [...new Set(sources.map((source) => source.ref.seed))].sort();
  return {
    text: pick(lang, {
      title: "about:title",
      intro: "about:intro",
      howMadeHeading: "about:howMade.heading",
      framingHeading: "about:framing.heading",
      noRanking: "about:framing.noRanking",
      limitsHeading: "about:limits.heading",
      limits: "about:limits.body",
      seedsHeading: "about:seedsHeading",
      sourcesHeading: "about:sourcesHeading",
      sourcesIntro: "about:sourcesIntro",
      sourcesLabel: "common:quiz.sources",
    }),
    howMade: (["seeds", "citations", "noInvention", "languages", "checks"] as const).map((key) => t(`about:howMade.${key}`)),
    framing: { text: t("about:framing.body"), sources: proseSources("about:framing.body") },
    // "000_80ac….txt" is described under about:seeds.seed000.
    seeds: seedFiles.map((file) => ({ file, description: t(`about:seeds.seed${file.slice(0, 3)}`) })),
    sources: sources.map((source) => source.citation),
  };
}
