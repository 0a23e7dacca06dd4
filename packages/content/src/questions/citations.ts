/**
 * The seed passages the question bank rests on, named by the reference the seed cites so a
 * reader can hold each one against the study. Lines and references are as the study gives them.
 */
import { ref } from "../refs";

// 000: thesis chapter on Migrant CARE and non-procedural workers in Cambodia
export const nonProceduralDefinition = ref("000", "L13", "uncited");
export const undocumentedVulnerable = ref("000", "L27", "uncited");
export const bp2pmi2023Complaints = ref("000", "L27", "BP2PMI, 2023");
export const antara2025NoAgreement = ref("000", "L33–L35", "ANTARA, 2025");
export const bbc2025Brokers = ref("000", "L35", "BBC News, 2025");
export const amnestyScamCompounds = ref("000", "L37", "Amnesty International, n.d.");
export const kp2mi2025EmergencyChannel = ref("000", "L39", "KP2MI, 2025");
export const rri2022Sihanoukville = ref("000", "L45", "RRI, 2022");
export const donnelly2013RightsForAll = ref("000", "L99–L101", "Donnelly, 2013");
export const ilo1975Irregular = ref("000", "L103", "International Labour Organization, 1975");

// 001: journal article on Migrant CARE's advocacy (footnotes)
export const registrationSupervised = ref("001", "L43", "uncited");
export const migrantCareCaseHandling = ref("001", "L131–L145", "fn 18 (Ardabili et al., 2023)");
export const yuwanti2021RightsTraining = ref("001", "L141–L145", "fn 19 (Yuwanti, 2021)");

// 002: thesis on Indonesia–Cambodia cooperation; richest on recruiters' methods
export const bambar2022LegalDefinition = ref("002", "L9", "Bambar, 2022");
export const pinatih2023WeakBorders = ref("002", "L21", "Pinatih dkk, 2023");
export const luthfi2025ForcedScams = ref("002", "L25", "Luthfi, 2025");
export const valerisella2025Police = ref("002", "L33", "Valerisella dkk, 2025");
export const fauzan2025GamblingTowns = ref("002", "L37", "Fauzan, 2025");
export const tempo2024FakeAdverts = ref("002", "L35", "Tempo, 2024");
export const pramudyani2024SelfReport = ref("002", "L39–L41", "Pramudyani, 2024");
export const pramudyani2024Sectors = ref("002", "L41", "Pramudyani, 2024");
export const yanggolo2024StoryA = ref("002", "L43", "Yanggolo dkk, 2024");
export const armandhanu2025InPerson = ref("002", "L43", "Armandhanu, 2025");
export const armandhanu2025StoryB = ref("002", "L43–L45", "Armandhanu, 2025");
export const goodPayBait = ref("002", "L103", "uncited");
export const trappedWithOtherJobs = ref("002", "L105", "uncited");
export const bales2014Control = ref("002", "L200", "Kevin Bales, 2014");
export const lazarus2025Forgery = ref("002", "L214", "Lazarus, Chiang & Button, 2025");
export const ngo2023TouristVisas = ref("002", "L220", "Ngo Thi Minh Huong & Vu, 2023");
export const lee2024SocialMedia = ref("002", "L222", "Lee, 2024");
export const yulisman2025Passports = ref("002", "L226", "Yulisman, 2025");

// 003: abstract on Migrant CARE and victims in Cambodia
export const undocumentedLessAttention = ref("003", "L3–L11", "uncited");

// 004: thesis chapter on online-based trafficking in ASEAN
export const adhinata2012ActMeansPurpose = ref("004", "L9–L13", "Adhinata, 2012");
export const martinus2024VictimProfile = ref("004", "L53", "Martinus & Aridati, 2024");
export const ochr2023WebPages = ref("004", "L125–L128", "OCHR, 2023");
export const ochr2023EconomicZones = ref("004", "L134–L136", "OCHR, 2023");
export const migrantCare2024Ppit = ref("004", "L229", "Migrant Care, 2024");
export const migrantCare2024Documents = ref("004", "L230", "Migrant Care, 2024");
export const migrantCare2024Returnees = ref("004", "L231", "Migrant Care, 2024");
export const migrantCare2024Sosialisasi = ref("004", "L233", "Migrant Care, 2024");

// Passages behind the questions on hidden domestic work, other forms of exploitation, corrupt
// officials and witnesses' fear of long trials (the catalogue's rf36, rf37, rf39 and rf42).
export const domesticWorkHidden = ref("001", "L203", "uncited; fn 28 (Rudhanto, 2019) closes the paragraph before");
export const smerchuar2023Purposes = ref("002", "L13", "Smerchuar dan Madhyamapurush, 2023");
export const ilo2022ForcedLabour = ref("004", "L19–L27", "ILO, 2022");
export const shehdula2024Officials = ref("002", "L188", "Shehdula & Karamuco, 2024");
export const unodc2021Corruption = ref("004", "L139", "UNODC, 2021");
export const albayumi2022Impunity = ref("002", "L277", "Albayumi dkk, 2022");
export const priyono2020Testimony = ref("002", "L271", "Priyono & Sudiro, 2020");
export const ernst2023InformalWork = ref("004", "L68–L70", "Ernst, 2023");

// Finer passages: the 37 DESBUMI villages; Migrant CARE's work with the government (L131), its
// counselling and psychosocial support (fn 18), and its complaints hotline (after fn 19), as the help
// page cites it.
export const desbumiVillages = ref("004", "L216–L221", "Migrant Care, 2024");
export const migrantCareWithGovernment = ref("001", "L131", "uncited");
export const migrantCareCounselling = ref("001", "L135–L139", "fn 18 (Ardabili et al., 2023)");
export const migrantCareHotline = ref("001", "L145", "uncited; follows fn 19 (Yuwanti, 2021)");
