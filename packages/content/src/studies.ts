/**
 * The five studies every fact on the site comes from, with their full references as far as the
 * texts themselves state them. Each study is known by its seed file, the name the citations use
 * ("002_48b54daefc0ecb57.txt, L43 (Yanggolo dkk, 2024)").
 *
 * Only what a study's own text says is recorded; `null` means the text we hold does not say it
 * (several are excerpts of theses without their title page). `where` gives the line(s) of the seed
 * that state the title, author, institution or dates, so that `content:check` can hold them against
 * the seeds, as it does every other source. Words for the page (headings, "author not stated") live
 * in the locales; this module holds facts only.
 */
import type { SeedFile } from "./types";

export type StudyKind = "journal-article" | "thesis-chapters" | "thesis-abstract";

export interface Study {
  seed: SeedFile;
  kind: StudyKind;
  /** Which part of the work the seed holds, as the work numbers it ("Bab I"), or "abstract" / "article". */
  part: string;
  /** The title as the text gives it, in its own language; `titleOf` says whether it names the work or only the chapter held. */
  title: string | null;
  titleOf: "work" | "chapter" | null;
  author: string | null;
  /** The author's institution as the text gives it. */
  institution: string | null;
  /** Year of publication when the text states it. */
  year: number | null;
  /** Dates the text states ("received", "accepted", "published"), ISO yyyy-mm-dd. */
  dates: { received?: string; accepted?: string; published?: string };
  /** Where it was published, when the text says. */
  publishedIn: string | null;
  /**
   * For a text that states no year: the newest year among the references it cites, so it was written
   * then or later. `null` when the text states its year, or cites nothing.
   */
  citesUpTo: number | null;
  /** The years the study looks at, as it states them. */
  period: string;
  /** Language(s) of the text. */
  languages: readonly ("id" | "en")[];
  /** What the study is about, in English: the description a reader needs when no title is given. */
  about: string;
  /** Seed lines stating each recorded fact ("L12"), checked against the seed by content:check. */
  where: Partial<Record<"title" | "author" | "institution" | "dates" | "period", string>>;
}

export const studies: readonly Study[] = [
  {
    seed: "000_80ac7f0889c80d2f.txt",
    kind: "thesis-chapters",
    part: "Bab I",
    title: null,
    titleOf: null,
    author: null,
    institution: null,
    year: null,
    dates: {},
    publishedIn: null,
    citesUpTo: 2025,
    period: "2022–2024",
    languages: ["id"],
    about:
      "Chapter I (introduction) of what appears to be an Indonesian undergraduate thesis in International Relations: Migrant CARE and illegal (non-procedural) Indonesian migrant workers in Cambodia.",
    where: { period: "L65" },
  },
  {
    seed: "001_2bd81cab7ae836d6.txt",
    kind: "journal-article",
    part: "article",
    title: "Peran Advokasi Migrant Care dalam Melindungi Pekerja Migrant Indonesia di Malaysia Tahun 2017-2022",
    titleOf: "work",
    author: "Muhammad Rayhan Zidhnie",
    institution: "Program Studi Ilmu Hubungan Internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Jenderal Achmad Yani",
    year: 2025,
    dates: { received: "2025-01-31", accepted: "2025-02-11", published: "2025-06-30" },
    publishedIn: null,
    citesUpTo: null,
    period: "2017–2022",
    languages: ["id", "en"],
    about: "A journal article on Migrant CARE's advocacy for Indonesian migrant workers in Malaysia. The text does not name the journal.",
    where: { title: "L12", author: "L14", institution: "L16–L17", dates: "L9–L10", period: "L12" },
  },
  {
    seed: "002_48b54daefc0ecb57.txt",
    kind: "thesis-chapters",
    part: "Bab 1–2",
    title: "Kerja sama Bilateral Indonesia-Kamboja dalam Menanggulangi Human Trafficking dari Indonesia",
    titleOf: "work",
    author: null,
    institution: null,
    year: null,
    dates: {},
    publishedIn: null,
    citesUpTo: 2025,
    period: "2022–2024",
    languages: ["id"],
    about:
      "Chapters 1–2 (introduction, concepts, literature review) of what appears to be an Indonesian thesis in International Relations on Indonesia–Cambodia cooperation against human trafficking.",
    where: { title: "L57", period: "L61" },
  },
  {
    seed: "003_b95605e59352330b.txt",
    kind: "thesis-abstract",
    part: "abstract",
    title: null,
    titleOf: null,
    author: null,
    institution: null,
    year: null,
    dates: {},
    publishedIn: null,
    citesUpTo: null,
    period: "2021–2022",
    languages: ["id", "en"],
    about:
      "The abstract, in Indonesian and English, of what appears to be a thesis on Migrant CARE's work for Indonesian migrant workers trafficked to Cambodia.",
    where: { period: "L27" },
  },
  {
    seed: "004_2d0b6085f2bf3713.txt",
    kind: "thesis-chapters",
    part: "Bab II",
    title: "Online Based Trafficking sebagai Trend Kejahatan di Kawasan ASEAN",
    titleOf: "chapter",
    author: null,
    institution: null,
    year: null,
    dates: {},
    publishedIn: null,
    citesUpTo: 2024,
    period: "2019–2022/2023",
    languages: ["id"],
    about:
      "Chapter II of what appears to be an Indonesian thesis: online-based trafficking as a crime trend in ASEAN, the shift to online recruitment, and Migrant CARE's village programmes.",
    where: { title: "L5", period: "L7" },
  },
];

export function studyBySeed(seed: SeedFile): Study | undefined {
  return studies.find((study) => study.seed === seed);
}
