/**
 * The studies list against the seeds: one entry per seed file the citations use, and (when the seed
 * texts are at hand) each title, author, institution, date and period found on the lines given for it.
 */
import { SEED_FILES } from "../refs";
import type { Study } from "../studies";
import type { SeedFile } from "../types";
import { LINES } from "./schemas";
import type { SeedTexts } from "./seeds-check";

/** Letters and digits only, lower case: "TAHUN 2017- 2022" and "Tahun 2017–2022" compare equal. */
const plain = (text: string) => text.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** "2025-06-30" as the seeds write dates: "30/06/2025". */
const seedDate = (iso: string) => iso.split("-").reverse().join("/");

export function studyListProblems(studies: readonly Study[]): string[] {
  const listed = studies.map((study) => study.seed);
  const cited: SeedFile[] = Object.values(SEED_FILES);
  return [
    ...cited.filter((seed) => !listed.includes(seed)).map((seed) => `studies: ${seed} is cited but not listed`),
    ...listed.filter((seed) => !cited.includes(seed)).map((seed) => `studies: ${seed} is listed but no source cites it`),
    ...listed.filter((seed, i) => listed.indexOf(seed) !== i).map((seed) => `studies: ${seed} is listed twice`),
    ...studies.filter((study) => (study.title === null) !== (study.titleOf === null)).map((study) => `studies: ${study.seed} has titleOf without a title, or the reverse`),
  ];
}

export function studySeedProblems(studies: readonly Study[], seeds: SeedTexts): string[] {
  const problems: string[] = [];
  for (const study of studies) {
    const lines = seeds[study.seed];
    if (!lines) continue;
    const stated: Record<keyof Study["where"], string[]> = {
      title: study.title === null ? [] : [study.title],
      author: study.author === null ? [] : [study.author],
      institution: study.institution === null ? [] : [study.institution],
      dates: Object.values(study.dates).map(seedDate),
      period: [study.period],
    };
    for (const [field, values] of Object.entries(stated) as [keyof Study["where"], string[]][]) {
      const at = study.where[field];
      if (at === undefined) {
        if (values.length > 0 && field !== "period") problems.push(`studies: ${study.seed} gives no line for its ${field}`);
        continue;
      }
      const match = LINES.exec(at);
      if (!match) {
        problems.push(`studies: ${study.seed} ${field} line "${at}" must look like "L35" or "L43–L45"`);
        continue;
      }
      const text = plain(lines.slice(Number(match[1]) - 1, Number(match[2] ?? match[1])).join(" "));
      for (const value of values) {
        if (!text.includes(plain(value))) problems.push(`studies: ${study.seed} ${at} does not state its ${field} "${value}"`);
      }
    }
  }
  return problems;
}
