import { getT, pick } from "../utils/i18n.server";

const STORED = ["randomId", "quizVersion", "language", "mode", "province", "headCount", "day", "answers"] as const;
const NOT_STORED = ["ip", "userAgent", "name", "contacts", "location", "cookies"] as const;

/** The privacy page: exactly what one anonymous record holds, and what is never kept. */
export function privacyPage(lang: string) {
  const t = getT(lang);
  return {
    text: pick(lang, {
      title: "privacy:title",
      intro: "privacy:intro",
      storedHeading: "privacy:stored.heading",
      storedIntro: "privacy:stored.intro",
      notStoredHeading: "privacy:notStored.heading",
    }),
    stored: STORED.map((key) => t(`privacy:stored.${key}`)),
    notStored: NOT_STORED.map((key) => t(`privacy:notStored.${key}`)),
    sections: (["use", "village", "sharedPhone"] as const).map((key) => ({
      id: key,
      heading: t(`privacy:${key}.heading`),
      body: t(`privacy:${key}.body`),
    })),
  };
}
