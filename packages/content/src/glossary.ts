/**
 * Glossary terms, each with where the seeds use it, and the published pages (`published`, ids of
 * channels.ts `publishedFacts`) behind what the seeds do not say. "Sponsor" and "PL", the words many
 * villages use for recruiters, are in neither: that entry is marked as public knowledge, and the page says so.
 * Text: locales/{lng}/glossary.json → `terms.{id}.term|definition`.
 */
import { ref } from "./refs";
import type { GlossaryEntry } from "./types";

const desbumiList = ref("004", "L227–L237", "Migrant Care, 2024");
const lapor = ref("002", "L39–L41", "Pramudyani, 2024");

export const glossary: GlossaryEntry[] = [
  { id: "pmi", source: [ref("001", "L53", "fn 5 (UU No. 18 Tahun 2017, JDIH BPK RI)"), ref("002", "L47", "Mangatur dkk, 2023")] },
  { id: "nonprosedural", source: [ref("000", "L13", "uncited"), ref("000", "L27", "uncited")] },
  { id: "tppo", source: [ref("002", "L9", "Bambar, 2022"), ref("002", "L47", "Mangatur dkk, 2023")] },
  { id: "calo", source: [ref("000", "L35", "BBC News, 2025")] },
  { id: "sponsor-pl", source: "public-knowledge" },
  { id: "kbri", source: [ref("000", "L39", "KP2MI, 2025"), lapor] },
  { id: "lapor-diri", source: [lapor] },
  { id: "wni", source: [lapor] },
  { id: "p3mi", source: [], published: ["check-licence"] },
  { id: "bp2mi", source: [ref("000", "L27", "BP2PMI, 2023"), ref("002", "L47", "Mangatur dkk, 2023")], published: ["kp2mi-history"] },
  { id: "kp2mi", source: [ref("000", "L39", "KP2MI, 2025")], published: ["kp2mi-history"] },
  { id: "sosialisasi", source: [desbumiList, ref("001", "L77", "fn 10 (Migrant CARE Kuala Lumpur)")] },
  { id: "desbumi", source: [ref("001", "L205", "fn 29 (Satriawan, 2020)"), ref("004", "L225–L227", "MAMPU, 2023")] },
  { id: "ppit", source: [desbumiList] },
  { id: "buruh-migran-purna", source: [desbumiList] },
  { id: "desa-kantong", source: [ref("000", "L49", "Antara News, 2024"), ref("004", "L227", "MAMPU, 2023")] },
  { id: "penipuan-daring", source: [ref("000", "L37", "KumparanNEWS, 2025")] },
  { id: "kompleks-penipuan", source: [ref("000", "L37", "Amnesty International, n.d.")] },
  { id: "penyekapan", source: [ref("000", "L45", "RRI, 2022"), ref("002", "L226", "Yulisman, 2025")] },
  { id: "penjeratan-utang", source: [ref("002", "L9", "Bambar, 2022")] },
  { id: "act-means-purpose", source: [ref("004", "L9–L13", "Adhinata, 2012")] },
  { id: "musrenbang", source: [ref("004", "L216–L219", "Migrant Care, 2024")] },
];

export const glossaryTerms: string[] = glossary.map((entry) => entry.id);
