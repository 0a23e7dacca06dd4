import { figures, helpChannels, publishedFacts, sources } from "@waspada/content";
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
    expect(page.steps.filter((s) => s.inference).map((s) => s.basis)).toEqual([
      "Kesimpulan kami dari data kajian",
      "Kesimpulan kami dari data kajian",
    ]);
  });

  it("glossary: every term a source, except the one marked as public knowledge", () => {
    const terms = glossaryPage("en").terms;
    const unsourced = terms.filter((t) => t.sources.length === 0);
    expect(unsourced.map((t) => t.id)).toEqual(["p3mi"]);
    expect(unsourced[0]?.note).toBeTruthy();
  });

  it("about: links to the sources page instead of listing files", () => {
    const page = aboutPage("en");
    expect(page.text.sourcesLink).toBe("Sources");
  });

  it("sources: the five studies in full, every file citation folded under its study, every published page", () => {
    const page = sourcesPage("id");
    expect(page.studies.map((s) => s.id)).toEqual(["study-000", "study-001", "study-002", "study-003", "study-004"]);
    expect(page.studies.flatMap((s) => s.citations).sort()).toEqual(sources.map((s) => s.citation).sort());
    for (const study of page.studies) expect(study.full).not.toMatch(/^sources:/);
    expect(page.published.length).toBe(helpChannels.length + publishedFacts.length);
    for (const item of page.published) expect(item.pages.length, item.id).toBeGreaterThanOrEqual(2);
  });

  it("facilitator: safeguarding closes the guide and offering help names its sources", () => {
    const page = facilitatorPage("id");
    expect(page.safeguarding.points).toHaveLength(7);
    expect(page.safeguarding.points.filter((p) => p.sources.length)).toHaveLength(1);
    expect(page.sections.flatMap((s) => s.points).filter((p) => p.href)).toEqual([
      { text: expect.stringMatching(/perlindungan peserta/), href: "#safeguarding" },
    ]);
  });
});
