/**
 * The red-flag catalogue: rf01…rf33 and rf18a are the core quiz material; rf34…rf42 are
 * legal-definition, context and barrier items, kept so questions may tag them (core: false).
 * Stages follow the engine: transit folds into departure, and cross-cutting
 * items are listed under every stage where the seeds show them. Text: locales/{lng}/redFlags.json.
 */
import { migrantCareCaseHandling } from "./questions/citations";
import { ref } from "./refs";
import type { RedFlag } from "./types";

const bbc = ref("000", "L35", "BBC News, 2025");
const rri = ref("000", "L45", "RRI, 2022");
const yanggolo = ref("002", "L43", "Yanggolo dkk, 2024");
const armandhanu = ref("002", "L43–L45", "Armandhanu, 2025");
const yulisman = ref("002", "L226", "Yulisman, 2025");
const lee = ref("002", "L222", "Lee, 2024");
const valerisella = ref("002", "L33", "Valerisella dkk, 2025");
const goodPayBait = ref("002", "L103", "uncited");
const bp2pmi = ref("000", "L27", "BP2PMI, 2023");
const nonProcedural = ref("000", "L13", "uncited");
const bambar = ref("002", "L9", "Bambar, 2022");
const ernst = ref("004", "L68–L70", "Ernst, 2023");
// Sources of the "what to do instead" advice: safe-migration services and help channels.
const desbumi = ref("004", "L227–L237", "Migrant Care, 2024");
const registration = ref("001", "L43", "uncited; fn 3 closes the sentence before");
const training = ref("001", "L141–L145", "fn 19 (Yuwanti, 2021)");
// Migrant CARE's complaint service and its help for families: the passage the question bank and the help page cite.
const migrantCare = migrantCareCaseHandling;
const kp2mi = ref("000", "L39", "KP2MI, 2025");
const help = [migrantCare, kp2mi];

/*
 * `published`: the published pages (channels.ts `publishedFacts`) behind a sentence the studies do
 * not hold: where to check a company (check-licence), the law on placement costs (placement-costs),
 * that BP2MI is now KP2MI (kp2mi-history), the countries with no placement agreement (no-agreement),
 * how to report yourself abroad (lapor-diri) and protection for witnesses (lpsk).
 */
export const redFlags: RedFlag[] = [
  // Recruitment
  { id: "rf01", stages: ["recruitment"], type: "tactic", core: true, sources: [
    lee, yulisman, ref("002", "L208", "L'Hoiry, Moretti & Antonopoulos, 2024"), valerisella, desbumi],
    published: ["check-licence"] },
  { id: "rf02", stages: ["recruitment"], type: "tactic", core: true, sources: [
    ref("002", "L35", "Tempo, 2024"), ref("002", "L105", "uncited"), yulisman] },
  { id: "rf03", stages: ["recruitment"], type: "tactic", core: true, sources: [
    bbc, rri, valerisella, yanggolo, goodPayBait, lee, desbumi], published: ["check-licence"] },
  { id: "rf04", stages: ["recruitment"], type: "tactic", core: true, sources: [lee, yanggolo, goodPayBait, training] },
  { id: "rf05", stages: ["recruitment", "departure"], type: "tactic", core: true, sources: [bbc, registration] },
  { id: "rf06", stages: ["recruitment", "departure"], type: "tactic", core: true, sources: [bbc],
    published: ["placement-costs", "check-licence"] },
  { id: "rf07", stages: ["recruitment"], type: "tactic", core: true, sources: [bbc, registration, desbumi] },
  { id: "rf08", stages: ["recruitment"], type: "tactic", core: true, sources: [yanggolo, registration] },
  { id: "rf09", stages: ["recruitment"], type: "tactic", core: true, sources: [yanggolo, armandhanu, ref("000", "L35", "uncited")] },
  { id: "rf10", stages: ["recruitment"], type: "tactic", core: true, sources: [armandhanu] },
  { id: "rf11", stages: ["recruitment", "destination"], type: "tactic", core: true, sources: [rri] },
  { id: "rf12", stages: ["recruitment", "destination"], type: "risk", core: true, sources: [
    bbc, ref("000", "L37", "KumparanNEWS, 2025"), ref("002", "L37", "Fauzan, 2025"), ref("002", "L39–L41", "Pramudyani, 2024"),
    ref("002", "L105", "uncited")] },
  { id: "rf13", stages: ["recruitment", "departure"], type: "risk", core: true, sources: [ref("000", "L33–L35", "ANTARA, 2025")],
    published: ["no-agreement", "check-licence"] },
  { id: "rf14", stages: ["recruitment"], type: "tactic", core: true, sources: [ref("004", "L125–L128", "OCHR, 2023"), desbumi] },
  { id: "rf15", stages: ["recruitment"], type: "risk", core: true, sources: [
    ref("001", "L199", "fn 27: Ibid., i.e. fn 26 (Wahyudi, 2022)"), registration] },
  // Departure and transit
  { id: "rf16", stages: ["departure"], type: "tactic", core: true, sources: [
    nonProcedural, ref("002", "L220", "Ngo Thi Minh Huong & Vu, 2023")] },
  { id: "rf17", stages: ["departure"], type: "risk", core: true, sources: [bbc, ref("000", "L27", "uncited"), desbumi] },
  { id: "rf18", stages: ["departure"], type: "risk", core: true, sources: [bbc, nonProcedural] },
  { id: "rf18a", stages: ["recruitment", "departure"], type: "tactic", core: true, sources: [
    ref("002", "L214", "Lazarus, Chiang & Button, 2025"), ref("002", "L55", "uncited"), ref("004", "L227–L230", "Migrant Care, 2024")] },
  { id: "rf19", stages: ["departure"], type: "tactic", core: true, sources: [armandhanu] },
  { id: "rf20", stages: ["departure", "destination"], type: "risk", core: true, sources: [
    ref("002", "L21", "Pinatih dkk, 2023"), ref("004", "L17", "Kominfo, 2023"), ref("004", "L134–L136", "OCHR, 2023")] },
  // At destination: control and exploitation
  { id: "rf21", stages: ["destination"], type: "risk", core: true, sources: [ref("002", "L39–L41", "Pramudyani, 2024")],
    published: ["lapor-diri"] },
  { id: "rf22", stages: ["destination"], type: "control", core: true, sources: [yulisman, ...help] },
  { id: "rf23", stages: ["destination"], type: "control", core: true, sources: [rri, yulisman, bambar, ...help] },
  { id: "rf24", stages: ["destination"], type: "control", core: true, sources: [rri, ...help] },
  { id: "rf25", stages: ["destination"], type: "control", core: true, sources: [armandhanu, ...help] },
  { id: "rf26", stages: ["destination"], type: "exploitation", core: true, sources: [yanggolo, yulisman, ...help] },
  { id: "rf27", stages: ["destination"], type: "exploitation", core: true, sources: [yanggolo, armandhanu, bp2pmi, migrantCare],
    published: ["kp2mi-history"] },
  { id: "rf28", stages: ["destination"], type: "control", core: true, sources: [rri, yanggolo, migrantCare] },
  { id: "rf29", stages: ["destination"], type: "control", core: true, sources: [yanggolo, bp2pmi, ...help],
    published: ["kp2mi-history"] },
  { id: "rf30", stages: ["destination"], type: "control", core: true, sources: [ref("000", "L37", "Amnesty International, n.d."), rri, ...help] },
  { id: "rf31", stages: ["destination"], type: "exploitation", core: true, sources: [
    ref("002", "L25", "Luthfi, 2025"), ref("002", "L35", "Tempo, 2024"), yulisman,
    ref("000", "L37", "KumparanNEWS, 2025; Amnesty International, n.d."), ...help] },
  { id: "rf32", stages: ["destination"], type: "exploitation", core: true, sources: [rri, armandhanu, ...help] },
  { id: "rf33", stages: ["destination"], type: "control", core: true, sources: [
    ref("002", "L200", "Kevin Bales, 2014"), ref("004", "L70", "Ernst, 2023"), ...help] },
  // Legal-definition, context and barrier items: not core quiz material.
  { id: "rf34", stages: ["recruitment", "destination"], type: "control", core: false, sources: [bambar] },
  { id: "rf35", stages: ["recruitment", "departure", "destination"], type: "control", core: false, sources: [
    bambar, ref("002", "L200", "UN Office on Drugs and Crime, as the seed cites it"), ref("004", "L9–L13", "Adhinata, 2012")] },
  { id: "rf36", stages: ["destination"], type: "risk", core: false, sources: [
    ref("001", "L203", "uncited; fn 28 (Rudhanto, 2019) closes the paragraph before"), training] },
  { id: "rf37", stages: ["destination"], type: "exploitation", core: false, sources: [
    ref("002", "L13", "Smerchuar dan Madhyamapurush, 2023"), ref("002", "L25", "Luthfi, 2025"),
    ref("004", "L9–L13", "Adhinata, 2012"), ref("004", "L19–L27", "ILO, 2022")] },
  { id: "rf38", stages: ["destination"], type: "exploitation", core: false, sources: [ernst, training, migrantCare] },
  { id: "rf39", stages: ["recruitment", "departure", "destination"], type: "risk", core: false, sources: [
    ref("002", "L188", "Shehdula & Karamuco, 2024"), ref("004", "L139", "UNODC, 2021"), ref("002", "L277", "Albayumi dkk, 2022")] },
  { id: "rf40", stages: ["return"], type: "consequence", core: false, sources: [bp2pmi, ref("001", "L79", "fn 11"), ref("001", "L131", "uncited")],
    published: ["kp2mi-history"] },
  { id: "rf41", stages: ["destination", "return"], type: "consequence", core: false, sources: [
    ref("000", "L39", "KP2MI, 2025"), ref("000", "L41–L43", "uncited"), ref("003", "L3–L11", "uncited (abstract)"),
    ref("000", "L99–L101", "Donnelly, 2013")] },
  { id: "rf42", stages: ["return"], type: "consequence", core: false, sources: [ref("002", "L271", "Priyono & Sudiro, 2020"), ref("001", "L131–L139", "fn 18 (Ardabili et al., 2023)")],
    published: ["lpsk"] },
];

const byId = new Map(redFlags.map((flag) => [flag.id, flag]));

export function redFlagById(id: string): RedFlag | undefined {
  return byId.get(id);
}

export const coreRedFlags: RedFlag[] = redFlags.filter((flag) => flag.core);
