/**
 * Safe, procedural migration. `migrationBasics` are the definitions the page opens
 * with; `migrationSteps` are what a person can do, each marked "seed" (stated in a seed),
 * "inference" (our reading of seed facts) or "published" (from published pages the studies do not
 * cover: the official route), labelled so on the page. `published` names those pages
 * (channels.ts `publishedFacts` ids), also where a seed step adds a fact from them (BP2MI is now KP2MI).
 * Text: locales/{lng}/migration.json → `basics.{id}` and `steps.{id}.title|body`.
 */
import { ref } from "./refs";
import type { MigrationStep } from "./types";

const definition = ref("000", "L13", "uncited");
const registration = ref("001", "L43", "uncited; fn 3 closes the sentence before");
const desbumiList = ref("004", "L227–L237", "Migrant Care, 2024");
const rightsCounselling = ref("001", "L141–L145", "fn 19 (Yuwanti, 2021)");

export const migrationBasics: MigrationStep[] = [
  { id: "procedural", basis: "seed", sources: [definition] },
  { id: "nonProcedural", basis: "seed", sources: [definition] },
  { id: "whoIsPmi", basis: "seed", sources: [ref("001", "L53", "fn 5 (UU No. 18 Tahun 2017, JDIH BPK RI)")] },
  { id: "law2017", basis: "seed", sources: [ref("001", "L119–L121", "fn 16 (UU No. 18 Tahun 2017, peraturan.bpk.go.id)")] },
  { id: "protectionFromRegistration", basis: "seed", sources: [registration] },
];

export const migrationSteps: MigrationStep[] = [
  { id: "prepare", basis: "seed", sources: [ref("001", "L43", "fn 3 (UKI repository thesis on the Wilfrida Soik case)")] },
  { id: "register", basis: "seed", sources: [registration, definition] },
  { id: "officialRoute", basis: "published", sources: [], published: ["official-route", "check-licence"] },
  { id: "documents", basis: "seed", sources: [desbumiList] },
  { id: "information", basis: "seed", sources: [desbumiList, ref("001", "L220", "fn 32 (Migrantcare.net, DESBUMI)")] },
  { id: "training", basis: "seed", sources: [rightsCounselling] },
  { id: "rightsAbroad", basis: "seed", sources: [rightsCounselling] },
  { id: "laporDiri", basis: "inference", sources: [ref("002", "L39–L41", "Pramudyani, 2024")] },
  { id: "cambodia", basis: "inference", sources: [ref("000", "L33–L35", "ANTARA, 2025")] },
  { id: "rightsRegardless", basis: "seed", sources: [
    ref("000", "L99–L101", "Donnelly, 2013"), ref("000", "L103", "International Labour Organization, 1975")] },
  { id: "afterReturn", basis: "seed", sources: [ref("004", "L227–L231", "Migrant Care, 2024"), ref("001", "L131", "uncited")],
    published: ["kp2mi-history"] },
];
