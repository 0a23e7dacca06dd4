import { getT, pick } from "../utils/i18n.server";
import { proseSources } from "./sources.server";

// The guide's sections in the order a session runs; each key is a list of points in facilitator.json.
const SECTIONS = {
  prepare: ["device", "setup", "room", "audience", "helpInfo", "safeguarding"],
  running: ["keys", "notes", "readAloud", "discuss", "noRush"],
  recording: ["hands", "spot", "checks", "numbersOnly", "offline"],
  reveal: ["why", "kind"],
  prompts: ["adverts", "check", "route", "family", "documents", "anyone"],
} as const;

const SAFEGUARDING = ["listen", "noPush", "noRecord", "inTheRoom", "offerHelp", "noNames", "yourRole"] as const;

/** The village facilitator's guide, ending with safeguarding: what to do when someone discloses exploitation. */
export function facilitatorPage(lang: string) {
  const t = getT(lang);
  return {
    text: pick(lang, {
      title: "facilitator:title",
      intro: "facilitator:intro",
      start: "facilitator:start",
      closingHeading: "facilitator:closing.heading",
      closing: "facilitator:closing.body",
      sourcesLabel: "common:quiz.sources",
    }),
    context: { text: t("facilitator:context"), sources: proseSources(lang, "facilitator:context") },
    sections: Object.entries(SECTIONS).map(([id, keys]) => ({
      id,
      heading: t(`facilitator:${id}.heading`),
      points: keys.map((key) => ({
        text: t(`facilitator:${id}.${key}`),
        // The reminder to read safeguarding first leads straight there.
        href: id === "prepare" && key === "safeguarding" ? "#safeguarding" : undefined,
      })),
    })),
    safeguarding: {
      heading: t("facilitator:safeguarding.heading"),
      short: t("facilitator:safeguarding.short"),
      intro: t("facilitator:safeguarding.intro"),
      points: SAFEGUARDING.map((key) => {
        const textKey = `facilitator:safeguarding.${key}`;
        return { text: t(textKey), sources: key === "offerHelp" ? proseSources(lang, textKey) : [] };
      }),
    },
  };
}
