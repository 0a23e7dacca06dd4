import { figures, helpChannels, publishedFacts, sources, studies } from "@waspada/content";
import { describe, expect, it } from "vitest";
import { aboutPage } from "./about.server";
import { facilitatorPage } from "./facilitator.server";
import { glossaryPage } from "./glossary.server";
import { homePage } from "./home.server";
import { migrationPage } from "./migration.server";
import { sourcesPage } from "./sources-page.server";
import { citations, proseSources } from "./sources.server";

describe("citations", () => {
  it("prints each source once, in words in the page's language: who, and in which study; never the file", () => {
    const ref = { seed: "000_80ac7f0889c80d2f.txt", lines: "L35", cites: "BBC News, 2025" } as const;
    expect(citations("en", [ref, { ...ref }])).toEqual(["BBC News, 2025, in a thesis on Migrant CARE and non-procedural migrant workers in Cambodia"]);
    expect(citations("id", [ref])[0]).toMatch(/^BBC News, 2025, dalam skripsi /);
    for (const lang of ["id", "en"]) for (const source of sources) expect(citations(lang, [source.ref])[0]).not.toMatch(/\.txt|\bL\d/);
  });

  it("refuses prose whose sources were never recorded", () => {
    expect(() => proseSources("id", "home:hero.lead")).toThrow(/No sources/);
    expect(proseSources("id", "home:why.anyone").length).toBeGreaterThan(0);
  });
});

describe("the pages' facts carry their sources", () => {
  it("home: every key figure", () => {
    const home = homePage("en");
    expect(home.figures.items.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    for (const figure of home.figures.items) expect(figure.sources).toHaveLength(1);
  });

  it("migration: every basic and step, with the inferences marked", () => {
    const page = migrationPage("id");
    for (const item of [...page.basics, ...page.steps]) expect(item.sources.length, item.id).toBeGreaterThan(0);
    // an inference is labelled as ours, and differently from a step a study states
    const labels = (inference: boolean) => new Set(page.steps.filter((s) => s.inference === inference).map((s) => s.basis));
    expect(labels(true)).toEqual(new Set(["Kesimpulan kami dari data kajian"]));
    expect(labels(false).has("Kesimpulan kami dari data kajian")).toBe(false);
  });

  it("glossary: every term a source (a study or a published page), except the one marked as public knowledge", () => {
    const terms = glossaryPage("en").terms;
    const unsourced = terms.filter((t) => t.sources.length === 0);
    expect(unsourced.map((t) => t.id)).toEqual(["sponsor-pl"]);
    expect(terms.find((t) => t.id === "p3mi")?.sources.length).toBeGreaterThanOrEqual(2);
    expect(unsourced[0]?.note).toBeTruthy();
  });

  it("about: links to the sources page instead of listing files", () => {
    const page = aboutPage("en");
    expect(page.text.sourcesLink).toBe("Sources");
  });

  it("sources: the five studies in full, every file citation folded under its study, every published page", () => {
    const page = sourcesPage("id");
    expect(page.studies.map((s) => s.id)).toEqual(studies.map((study) => `study-${study.seed.slice(0, 3)}`));
    expect(page.studies.map((s) => s.id)).toEqual(["study-000", "study-001", "study-002", "study-003", "study-004"]);
    expect(page.studies[1]?.full).toBe(
      "Muhammad Rayhan Zidhnie, “Peran Advokasi Migrant Care dalam Melindungi Pekerja Migrant Indonesia di Malaysia Tahun 2017-2022”, artikel jurnal, article, Program Studi Ilmu Hubungan Internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Jenderal Achmad Yani, terbit 30 Juni 2025. Masa yang dikaji: 2017–2022.",
    );
    expect(page.studies.flatMap((s) => s.citations).sort()).toEqual(sources.map((s) => s.citation).sort());
    for (const study of page.studies) expect(study.full).not.toMatch(/^sources:/);
    expect(page.published.length).toBe(helpChannels.length + publishedFacts.length);
    for (const item of page.published) expect(item.pages.length, item.id).toBeGreaterThanOrEqual(2);
  });

  it("facilitator: safeguarding closes the guide and offering help names its sources", () => {
    const page = facilitatorPage("id");
    const points = page.safeguarding.points;
    expect(points.length).toBeGreaterThan(0);
    expect(new Set(points.map((p) => p.text)).size).toBe(points.length);
    for (const point of points) expect(point.text).not.toMatch(/^facilitator:/);
    // a point that names where to get help is a fact, and shows its sources
    const naming = points.filter((p) => /Migrant CARE|KemenP2MI|BP2MI|KBRI/.test(p.text));
    expect(naming.length).toBeGreaterThan(0);
    for (const point of naming) expect(point.sources.length, point.text).toBeGreaterThan(0);
    // links inside the guide lead to its safeguarding section, and the reminder to read it first does
    const links = page.sections.flatMap((s) => s.points).filter((p) => p.href);
    expect(new Set(links.map((p) => p.href))).toEqual(new Set(["#safeguarding"]));
    expect(links.some((p) => /melindungi peserta/.test(p.text))).toBe(true);
  });
});
