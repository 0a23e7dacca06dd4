import { helpContacts, type HelpContact } from "@waspada/content";
import { getT, pick } from "../utils/i18n.server";
import { localeTag } from "./locale.server";
import { citations, proseSources } from "./sources.server";

const KINDS: HelpContact["kind"][] = ["ngo", "village", "government", "international"];

/** "23 November 2026" in the page's language, from an ISO day; read as UTC so the day never shifts. */
export function formatDay(lang: string, isoDay: string): string {
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
}

function contactView(lang: string, contact: HelpContact) {
  const t = getT(lang);
  // A phone number or website appears only with the record of where it was checked (content's schema
  // enforces the pair; this keeps the page from showing one without the other).
  const verified = contact.contactSource;
  return {
    id: contact.id,
    name: t(`help:contacts.${contact.id}.name`),
    does: t(`help:contacts.${contact.id}.does`),
    sources: citations(contact.source),
    checked: t("help:checked", { date: formatDay(lang, contact.checked) }),
    phone: verified ? contact.phone : undefined,
    url: verified ? contact.url : undefined,
    contactSource: verified ? `${verified.where}, ${formatDay(lang, verified.checked)}` : undefined,
  };
}

/** The help page: who can help and what they do, grouped by kind, each with its source and checked date. */
export function helpPage(lang: string, contacts: readonly HelpContact[] = helpContacts) {
  const t = getT(lang);
  return {
    text: pick(lang, {
      title: "help:title",
      intro: "help:intro",
      noNumbers: "help:noNumbers",
      familyHeading: "help:familyHeading",
      sourcesLabel: "help:sourcesLabel",
      namesNote: "help:namesNote",
    }),
    family: [
      { text: t("help:family"), sources: proseSources("help:family") },
      { text: t("help:familyExample"), sources: proseSources("help:familyExample") },
    ],
    groups: KINDS.flatMap((kind) => {
      const inKind = contacts.filter((contact) => contact.kind === kind);
      return inKind.length ? [{ kind, heading: t(`help:kinds.${kind}`), contacts: inKind.map((c) => contactView(lang, c)) }] : [];
    }),
  };
}
