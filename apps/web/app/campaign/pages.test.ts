import { figures, sources, studies } from "@waspada/content";
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
    // an inference is labelled as ours, and differently from a step a study states
    const labels = (inference: boolean) => new Set(page.steps.filter((s) => s.inference === inference).map((s) => s.basis));
    expect(labels(true)).toEqual(new Set(["Kesimpulan kami dari data kajian"]));
    expect(labels(false).has("Kesimpulan kami dari data kajian")).toBe(false);
  });

  it("glossary: every term a source, except the one marked as public knowledge", () => {
    const terms = glossaryPage("en").terms;
    const unsourced = terms.filter((t) => t.sources.length === 0);
    expect(unsourced.map((t) => t.id)).toEqual(["p3mi"]);
    expect(unsourced[0]?.note).toBeTruthy();
  });

  it("about: the five studies and every source of the site", () => {
    const page = aboutPage("en");
    // each study the content lists, once, described in words rather than by its key
    expect(page.seeds.map((seed) => seed.file).sort()).toEqual(studies.map((study) => study.seed).sort());
    for (const seed of page.seeds) expect(seed.description).not.toMatch(/^about:/);
    expect(page.sources).toEqual(sources.map((s) => s.citation));
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
    expect(links.some((p) => /perlindungan peserta/.test(p.text))).toBe(true);
  });
});
