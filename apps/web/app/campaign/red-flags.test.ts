import { redFlags, type RedFlag } from "@waspada/content";
import { describe, expect, it } from "vitest";
import { redFlagIndex, redFlagPage } from "./red-flags.server";

const flag = (id: string, stages: RedFlag["stages"], core: boolean): RedFlag => ({
  id,
  stages,
  core,
  type: "tactic",
  sources: [],
});

describe("redFlagIndex", () => {
  it("lists a flag under every stage it shows at, in journey order", () => {
    const index = redFlagIndex("en", [flag("rf05", ["departure", "recruitment"], true), flag("rf22", ["destination"], true)]);
    expect(index.core.map((g) => [g.stage, g.flags.map((f) => f.id)])).toEqual([
      ["recruitment", ["rf05"]],
      ["departure", ["rf05"]],
      ["destination", ["rf22"]],
    ]);
    expect(index.core[0]?.flags[0]).toEqual({ id: "rf05", name: "A promise of very fast departure", href: "/en/red-flags/rf05" });
  });

  it("introduces a stage once: in the core list, or in the context list when only context items have it", () => {
    const index = redFlagIndex("en", [flag("rf01", ["recruitment"], true), flag("rf34", ["recruitment"], false), flag("rf40", ["return"], false)]);
    expect(index.core[0]?.intro).toMatch(/start/);
    expect(index.context.map((g) => [g.stage, Boolean(g.intro)])).toEqual([
      ["recruitment", false],
      ["return", true],
    ]);
  });

  it("puts every catalogue entry on the index, core or context", () => {
    const index = redFlagIndex("id");
    const listed = new Set([...index.core, ...index.context].flatMap((g) => g.flags.map((f) => f.id)));
    expect([...listed].sort()).toEqual(redFlags.map((f) => f.id).sort());
  });
});

describe("redFlagPage", () => {
  it("gives the name, stages, type, explanations and sources in the page's language", () => {
    const page = redFlagPage("en", "rf22");
    expect(page?.name).toBe("Your passport is taken from you");
    expect(page?.stages).toEqual(["At the destination"]);
    expect(page?.type).toBe("How victims are controlled");
    expect(page?.sources).toContain("Yulisman, 2025, in a thesis on Indonesia–Cambodia cooperation against trafficking");
  });

  it("cites at least one source on every red flag's page, in both languages", () => {
    for (const lang of ["id", "en"]) {
      for (const { id } of redFlags) expect(redFlagPage(lang, id)?.sources.length, `${lang} ${id}`).toBeGreaterThan(0);
    }
  });

  it("has no page for an id the catalogue lacks", () => {
    expect(redFlagPage("id", "rf999")).toBeUndefined();
    expect(redFlagPage("id", undefined)).toBeUndefined();
  });
});
