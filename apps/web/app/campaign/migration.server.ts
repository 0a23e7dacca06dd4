import { migrationBasics, migrationSteps } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";
import { citations, publishedCitations } from "./sources.server";

/** The safe-migration page: definitions, then steps, each marked as stated in a study or our own reading. */
export function migrationPage(lang: string) {
  const t = getT(lang);
  return {
    text: pick(lang, {
      title: "migration:title",
      intro: "migration:intro",
      basicsHeading: "migration:basicsHeading",
      stepsHeading: "migration:stepsHeading",
      stepsIntro: "migration:stepsIntro",
      sourcesLabel: "migration:sourcesLabel",
      gapNote: "migration:gapNote",
      helpLink: "migration:helpLink",
    }),
    basics: migrationBasics.map((basic) => ({
      id: basic.id,
      text: t(`migration:basics.${basic.id}`),
      sources: [...citations(lang, basic.sources), ...publishedCitations(basic.published ?? [])],
    })),
    steps: migrationSteps.map((step) => ({
      id: step.id,
      title: t(`migration:steps.${step.id}.title`),
      body: t(`migration:steps.${step.id}.body`),
      inference: step.basis === "inference",
      basis: t(`migration:basis.${step.basis}`),
      sources: [...citations(lang, step.sources), ...publishedCitations(step.published ?? [])],
    })),
  };
}
