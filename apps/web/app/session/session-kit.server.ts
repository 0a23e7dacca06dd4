import { coreQuiz, getT, helpContacts, questionBank, resourcesFor, sessionCheckSources, sessionChecks } from "@waspada/content";
import { MAX_HEAD_COUNT } from "@waspada/results";
import { renderSVG } from "uqr";
import { citations, proseSources } from "../campaign/sources.server";
import { quizTexts } from "../quiz/quiz.server";
import { LANGUAGES, getT as tFor } from "../utils/i18n.server";
import { provinceOptions } from "../utils/provinces.server";
import { settings } from "../../settings.mjs";
import type { SessionKit } from "./session-kit";

/** About 15 and about 30 minutes: a question with its discussion takes two minutes or so, the checks five. */
export const SESSION_LENGTHS = { short: 6, long: 12 } as const;

const SAFEGUARDING = ["listen", "noPush", "noRecord", "inTheRoom", "offerHelp", "noNames", "yourRole"] as const;
const HELP = ["migrant-care", "desbumi", "integrated-service-centres", "kp2mi"];

export function sessionPath(lang: string): string {
  return `/${lang}/session`;
}

/** The kit for one language; `origin` is where the QR code points when no public address is set. */
export function sessionKit(lang: string, origin: string): SessionKit {
  const t = getT(lang) as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  const text = (key: string) => String(t(key));
  const words: Record<string, string> = {};
  // Raw, so placeholders stay as {{name}} for the browser to fill in.
  for (const [key, value] of flatten(resourcesFor(lang, ["session"]).session, "")) {
    if (typeof value === "string") words[key] = value;
  }
  const siteUrl = `${(settings().PUBLIC_URL ?? origin).replace(/\/+$/, "")}/${lang}`;
  return {
    lang,
    languages: LANGUAGES.map((code) => ({ code, name: String(tFor(code)("common:language.name")), href: sessionPath(code) })),
    definition: coreQuiz,
    pack: quizTexts(lang, questionBank.map((q) => q.id)),
    words,
    maxPeople: MAX_HEAD_COUNT,
    lengths: SESSION_LENGTHS,
    provinces: provinceOptions(lang),
    checks: sessionChecks.map((check) => ({
      id: check.id,
      text: text(`session:check.items.${check.id}`),
      answer: check.answer,
      sources: citations(lang, sessionCheckSources(check)),
    })),
    prompts: Object.fromEntries(["recruitment", "departure", "destination", "return"].map((stage) => [stage, text(`session:prompts.${stage}`)])),
    safeguarding: {
      heading: text("facilitator:safeguarding.heading"),
      intro: text("facilitator:safeguarding.intro"),
      points: SAFEGUARDING.map((key) => text(`facilitator:safeguarding.${key}`)),
      sources: proseSources(lang, "facilitator:safeguarding.offerHelp"),
    },
    closing: text("facilitator:closing.body"),
    help: helpContacts
      .filter((c) => HELP.includes(c.id))
      .map((c) => ({ id: c.id, name: text(`help:contacts.${c.id}.name`), does: text(`help:contacts.${c.id}.does`) })),
    siteUrl,
    qrSvg: renderSVG(siteUrl, { border: 2 }),
    links: {
      home: `/${lang}`,
      help: `/${lang}/help`,
      guide: `/${lang}/facilitator`,
      session: sessionPath(lang),
      notes: `${sessionPath(lang)}/notes`,
    },
  };
}

/** "setup.heading" → text, for every text of a nested locale section. */
function flatten(tree: unknown, prefix: string): [string, unknown][] {
  if (tree === null || typeof tree !== "object") return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}
