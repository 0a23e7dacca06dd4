import { redFlagById, redFlags, type RedFlag } from "@waspada/content";
import { STAGES } from "@waspada/quiz-engine";
import { getT, pick } from "../utils/i18n.server";
import { pageTitle } from "./page-meta.server";
import { citations, publishedCitations } from "./sources.server";

export const redFlagPath = (lang: string, id: string) => `/${lang}/red-flags/${id}`;

interface StageGroup {
  stage: string;
  name: string;
  /** The stage's introduction, given where the stage first appears on the page. */
  intro?: string;
  flags: { id: string; name: string; href: string }[];
}

/**
 * Groups flags by stage in journey order. A flag the seeds show at several stages is listed under
 * each of them, as the catalogue intends; stages without flags are left out.
 */
export function groupByStage(lang: string, flags: readonly RedFlag[], introduced: Set<string>): StageGroup[] {
  const t = getT(lang);
  return STAGES.flatMap((stage) => {
    const inStage = flags.filter((flag) => flag.stages.includes(stage));
    if (!inStage.length) return [];
    const intro = introduced.has(stage) ? undefined : t(`redFlags:page.stageIntro.${stage}`);
    introduced.add(stage);
    return [{
      stage,
      name: t(`stages:${stage}.name`),
      ...(intro ? { intro } : {}),
      flags: inStage.map((flag) => ({ id: flag.id, name: t(`redFlags:${flag.id}.name`), href: redFlagPath(lang, flag.id) })),
    }];
  });
}

/** The index: the core red flags by stage, then the legal context and obstacles by stage. */
export function redFlagIndex(lang: string, flags: readonly RedFlag[] = redFlags) {
  const introduced = new Set<string>();
  return {
    text: pick(lang, {
      title: "redFlags:page.title",
      intro: "redFlags:page.intro",
      coreHeading: "redFlags:page.coreHeading",
      contextHeading: "redFlags:page.contextHeading",
      contextIntro: "redFlags:page.contextIntro",
      quizLink: "redFlags:page.quizLink",
    }),
    core: groupByStage(lang, flags.filter((flag) => flag.core), introduced),
    context: groupByStage(lang, flags.filter((flag) => !flag.core), introduced),
  };
}

/** One red flag's page, or undefined for an id the catalogue does not have. */
export function redFlagPage(lang: string, id: string | undefined) {
  const flag = id ? redFlagById(id) : undefined;
  if (!flag) return undefined;
  const t = getT(lang);
  return {
    id: flag.id,
    name: t(`redFlags:${flag.id}.name`),
    why: t(`redFlags:${flag.id}.why`),
    instead: t(`redFlags:${flag.id}.instead`),
    stages: flag.stages.map((stage) => t(`stages:${stage}.name`)),
    type: t(`redFlags:page.types.${flag.type}`),
    sources: [...citations(lang, flag.sources), ...publishedCitations(flag.published ?? [])],
    text: pick(lang, {
      whyHeading: "redFlags:page.whyHeading",
      insteadHeading: "redFlags:page.insteadHeading",
      sourcesHeading: "redFlags:page.sourcesHeading",
      stagesLabel: "redFlags:page.stagesLabel",
      typeLabel: "redFlags:page.typeLabel",
      backToList: "redFlags:page.backToList",
      quizLink: "redFlags:page.quizLink",
    }),
  };
}

/** What an unknown red-flag id shows: that it does not exist, and the way back to the list. */
export function redFlagNotFound(lang: string, id = "") {
  const t = getT(lang);
  // The id is shown as text (React escapes it) and cut short, so a long or odd address stays harmless.
  const shown = id.slice(0, 40);
  const heading = t("redFlags:page.notFound", { id: shown });
  return {
    heading,
    body: t("redFlags:page.notFoundBody", { id: shown, count: redFlags.length }),
    backToList: t("redFlags:page.backToList"),
    title: pageTitle(lang, heading),
  };
}
