import { figures, sources } from "@waspada/content";
import { describe, expect, it } from "vitest";
import { aboutPage } from "./about.server";
import { facilitatorPage } from "./facilitator.server";
import { glossaryPage } from "./glossary.server";
import { homePage } from "./home.server";
import { migrationPage } from "./migration.server";
import { citations, proseSources } from "./sources.server";

describe("citations", () => {
  it("prints each source once, as seed file, lines and the seed's own reference", () => {
    const ref = { seed: "000_80ac7f0889c80d2f.txt", lines: "L35", cites: "BBC News, 2025" } as const;
    expect(citations([ref, { ...ref }])).toEqual(["000_80ac7f0889c80d2f.txt, L35 (BBC News, 2025)"]);
  });

  it("refuses prose whose sources were never recorded", () => {
    expect(() => proseSources("home:hero.lead")).toThrow(/No sources/);
    expect(proseSources("home:why.anyone").length).toBeGreaterThan(0);
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

  it("about: the five studies and every source of the site", () => {
    const page = aboutPage("en");
    expect(page.seeds).toHaveLength(5);
    for (const seed of page.seeds) expect(seed.description).not.toMatch(/^about:/);
    expect(page.sources).toEqual(sources.map((s) => s.citation));
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
