import { STAGES } from "@waspada/quiz-engine";
import { coreRedFlags, getT, helpChannels, redFlagById } from "@waspada/content";
import { pick } from "../utils/i18n.server";
import { channelViews } from "./help.server";

/** The channels a printed card lists: the first call for each situation, short enough for one page. */
export const CARD_CHANNELS = ["kp2mi-call", "kp2mi-whatsapp", "siskop2mi", "kemlu-hotline", "kbri-phnom-penh-protection", "police-110", "sapa-129"];

/** The red-flag ids a card link carries (`?missed=rf01,rf22`): known ids only, each once, at most 50. */
export function missedFromQuery(value: string | null): string[] {
  if (!value) return [];
  const ids = value.split(",").slice(0, 50).map((id) => id.trim());
  return [...new Set(ids.filter((id) => redFlagById(id) !== undefined))];
}

/**
 * The take-home card: the red flags this person missed first (from the link, nothing stored), then
 * every core red flag by stage, and help channels with their numbers. The WhatsApp share link
 * carries the site's own address for this card and a sentence.
 */
export function cardPage(lang: string, origin: string, missed: readonly string[] = []) {
  const t = getT(lang);
  const text = pick(lang, {
    title: "common:card.title",
    intro: "common:card.intro",
    missedHeading: "common:card.missedHeading",
    flagsHeading: "common:card.flagsHeading",
    helpHeading: "common:card.helpHeading",
    printHint: "common:card.printHint",
    shareWhatsApp: "common:card.shareWhatsApp",
    sourcesNote: "common:card.sourcesNote",
    sources: "sources:title",
  });
  const cardUrl = `${origin}/${lang}/card${missed.length ? `?missed=${missed.join(",")}` : ""}`;
  const shareText = `${t("common:result.shareText")} ${cardUrl}`;
  return {
    text,
    missed: missed.map((id) => ({ id, name: t(`redFlags:${id}.name`), instead: t(`redFlags:${id}.instead`) })),
    stages: STAGES.map((stage) => ({
      stage,
      name: t(`stages:${stage}.name`),
      flags: coreRedFlags.filter((f) => f.stages[0] === stage).map((f) => ({ id: f.id, name: t(`redFlags:${f.id}.name`) })),
    })).filter((s) => s.flags.length > 0),
    help: channelViews(lang, CARD_CHANNELS.filter((id) => helpChannels.some((c) => c.id === id))),
    shareUrl: `https://wa.me/?text=${encodeURIComponent(shareText)}`,
  };
}
