import {
  PLACES,
  SITUATIONS,
  channelById,
  channelHref,
  helpChannels,
  helpContacts,
  publishedFactById,
  type HelpChannel,
  type HelpContact,
  type PublishedSource,
  type Situation,
} from "@waspada/content";
import type { HelpChannelView } from "../components/help-channel";
import { getT, pick } from "../utils/i18n.server";
import { localeTag } from "./locale.server";
import { citations, proseSources } from "./sources.server";

const KINDS: HelpContact["kind"][] = ["ngo", "village", "government", "international"];

/** "23 November 2026" in the page's language, from an ISO day; read as UTC so the day never shifts. */
export function formatDay(lang: string, isoDay: string): string {
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
}

export interface FactView {
  id: string;
  text: string;
  checked: string;
  sources: PublishedSource[];
}

/** One channel as every page shows it: what it is for, its link, and how it was checked. */
export function channelView(lang: string, channel: HelpChannel): HelpChannelView {
  const t = getT(lang);
  const name = t(`help:channels.${channel.id}.name`);
  return {
    id: channel.id,
    org: t(`help:orgs.${channel.org}`),
    name,
    when: t(`help:channels.${channel.id}.when`),
    kind: channel.kind,
    value: channel.value,
    href: channelHref(channel),
    action: t(`help:action.${channel.kind}`, { value: channel.value }),
    checked: t("help:checkedNote", { count: channel.source.length, date: formatDay(lang, channel.checked) }),
    sourcesLabel: t("help:sourcesOf", { name }),
    sources: channel.source,
  };
}

export function factView(lang: string, id: string): FactView {
  const fact = publishedFactById(id);
  if (!fact) throw new Error(`No published fact "${id}".`);
  const t = getT(lang);
  return {
    id,
    text: t(`help:facts.${id}`),
    checked: t("help:checkedNote", { count: fact.source.length, date: formatDay(lang, fact.checked) }),
    sources: fact.source,
  };
}

export function channelViews(lang: string, ids: readonly string[]): HelpChannelView[] {
  return ids.flatMap((id) => {
    const channel = channelById(id);
    return channel ? [channelView(lang, channel)] : [];
  });
}

// The facts each situation needs besides its channels.
const SITUATION_FACTS: Record<Situation, string[]> = {
  danger: [],
  before: ["check-licence", "official-route", "no-agreement", "placement-costs", "kp2mi-history"],
  abroad: ["lapor-diri", "kbri-free"],
  home: ["lpsk", "not-all-victims"],
  family: [],
};

function contactView(lang: string, contact: HelpContact) {
  const t = getT(lang);
  // A phone number or website appears only with the record of where it was checked (content's schema
  // enforces the pair; this keeps the page from showing one without the other).
  const verified = contact.contactSource;
  return {
    id: contact.id,
    name: t(`help:contacts.${contact.id}.name`),
    does: t(`help:contacts.${contact.id}.does`),
    sources: citations(lang, contact.source),
    checked: t("help:checked", { date: formatDay(lang, contact.checked) }),
    phone: verified ? contact.phone : undefined,
    url: verified ? contact.url : undefined,
    contactSource: verified ? `${verified.where}, ${formatDay(lang, verified.checked)}` : undefined,
  };
}

/**
 * The help page, by situation: in danger now, before leaving, abroad (by country), back home, a
 * family member. Each channel is a working link with its published sources; then the organisations
 * the studies name, grouped by kind.
 */
export function helpPage(lang: string, contacts: readonly HelpContact[] = helpContacts, channels: readonly HelpChannel[] = helpChannels) {
  const t = getT(lang);
  const inSituation = (situation: Situation) => channels.filter((c) => c.situations.includes(situation));
  return {
    text: pick(lang, {
      title: "help:title",
      intro: "help:intro",
      jump: "help:jump",
      howChecked: "help:howChecked",
      familyHeading: "help:familyHeading",
      othersHeading: "help:othersHeading",
      othersIntro: "help:othersIntro",
      sourcesLabel: "help:sourcesLabel",
      namesNote: "help:namesNote",
    }),
    situations: SITUATIONS.map((situation) => {
      const list = inSituation(situation);
      return {
        id: situation,
        heading: t(`help:situations.${situation}.heading`),
        intro: t(`help:situations.${situation}.intro`),
        facts: SITUATION_FACTS[situation].map((id) => factView(lang, id)),
        // Abroad is split by country, "any country" last; other situations are one list.
        places:
          situation === "abroad"
            ? PLACES.map((place) => ({
                id: place,
                heading: t(`help:places.${place}`),
                channels: list.filter((c) => c.place === place).map((c) => channelView(lang, c)),
              })).filter((p) => p.channels.length > 0)
            : [{ id: "all", heading: "", channels: list.map((c) => channelView(lang, c)) }],
      };
    }),
    family: [
      { text: t("help:family"), sources: proseSources(lang, "help:family") },
      { text: t("help:familyExample"), sources: proseSources(lang, "help:familyExample") },
    ],
    groups: KINDS.flatMap((kind) => {
      const inKind = contacts.filter((contact) => contact.kind === kind);
      return inKind.length ? [{ kind, heading: t(`help:kinds.${kind}`), contacts: inKind.map((c) => contactView(lang, c)) }] : [];
    }),
  };
}
