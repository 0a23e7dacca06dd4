/**
 * Sources of the facts inside campaign prose that has no catalogue entry of its own, keyed by the
 * text's i18next key ("ns:path"). Pages show these beside the paragraph; the checker makes sure every
 * key still names a text in every language.
 */
import { migrantCareCaseHandling } from "./questions/citations";
import { ref } from "./refs";
import type { SourceRef } from "./types";

const kp2mi = ref("000", "L39", "KP2MI, 2025");
const educatedVictims = ref("004", "L53", "Martinus & Aridati, 2024");

export const textSources: Record<string, SourceRef[]> = {
  "home:why.trap": [ref("002", "L222", "Lee, 2024"), ref("000", "L35", "BBC News, 2025"), ref("002", "L226", "Yulisman, 2025")],
  "home:why.anyone": [educatedVictims],
  "help:family": [migrantCareCaseHandling, kp2mi],
  "help:familyExample": [ref("000", "L45", "RRI, 2022")],
  "about:framing.body": [ref("004", "L9", "Caballero, 2018"), educatedVictims],
  "facilitator:context": [ref("004", "L227–L237", "Migrant Care, 2024")],
  "facilitator:safeguarding.offerHelp": [migrantCareCaseHandling, kp2mi],
};
