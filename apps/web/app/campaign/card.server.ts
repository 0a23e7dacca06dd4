import { STAGES } from "@waspada/quiz-engine";
import { coreRedFlags, helpContacts } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";

/**
 * The take-home card: every core red flag by stage and who can help, with no personal data, and a
 * WhatsApp share link that carries only the site's own address and a sentence.
 */
export function cardPage(lang: string, origin: string) {
  const t = getT(lang);
  const text = pick(lang, {
    title: "common:card.title",
    intro: "common:card.intro",
    flagsHeading: "common:card.flagsHeading",
    helpHeading: "common:card.helpHeading",
    printHint: "common:card.printHint",
    shareWhatsApp: "common:card.shareWhatsApp",
    sourcesNote: "common:card.sourcesNote",
    about: "common:nav.about",
  });
  const shareText = `${t("common:result.shareText")} ${origin}/${lang}`;
  return {
    text,
    stages: STAGES.map((stage) => ({
      stage,
      name: t(`stages:${stage}.name`),
      flags: coreRedFlags.filter((f) => f.stages[0] === stage).map((f) => ({ id: f.id, name: t(`redFlags:${f.id}.name`) })),
    })).filter((s) => s.flags.length > 0),
    help: helpContacts.map((c) => t(`help:contacts.${c.id}.name`)),
    shareUrl: `https://wa.me/?text=${encodeURIComponent(shareText)}`,
  };
}
