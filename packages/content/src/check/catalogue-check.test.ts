import { describe, expect, it } from "vitest";
import type { HelpContact } from "../types";
import { catalogueProblems } from "./catalogue-check";
import { checkContent, packageContent } from "./check-content";

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** The package's content with a changed copy of the locale texts. */
function withTexts(change: (texts: Json) => void) {
  const resources = structuredClone(packageContent().resources) as Json;
  change(resources);
  return checkContent({ resources });
}

describe("catalogue checks", () => {
  it("finds no problem in the package's catalogue", () => {
    expect(catalogueProblems(packageContent())).toEqual([]);
  });

  it("reports a red flag whose English text is missing", () => {
    const report = withTexts((texts) => delete texts.en?.redFlags?.rf22);
    expect(report.problems).toContain('en redFlags:rf22.name is missing (red flag "rf22")');
  });

  it("reports text left behind for a red flag that does not exist", () => {
    const report = withTexts((texts) => {
      if (texts.id?.redFlags) texts.id.redFlags.rf99 = { name: "x", why: "y", instead: "z" };
    });
    expect(report.problems).toContain('id redFlags:rf99 has text but no red flag "rf99"');
  });

  it("reports duplicate ids and invalid entries", () => {
    const { redFlags, figures } = packageContent();
    const first = redFlags[0];
    if (!first) throw new Error("no red flags");
    const report = checkContent({
      redFlags: [...redFlags, first, { ...first, id: "rf-x", sources: [] }],
      figures: figures.map((figure, i) => (i === 0 ? { ...figure, source: { ...figure.source, lines: "L35-L37" } } : figure)),
    });
    expect(report.problems).toContain('red flag "rf01" appears twice');
    expect(report.problems).toContain('red flag "rf-x".id: must look like "rf07" or "rf18a"');
    expect(report.problems).toContain('red flag "rf-x".sources: needs at least one source');
    expect(report.problems.some((line) => /^figure ".+"\.source\.lines: must look like/.test(line))).toBe(true);
  });

  it("allows a phone number only together with where it was checked", () => {
    const base = packageContent().helpContacts;
    const withPhone = (contact: Partial<HelpContact>) => checkContent({ helpContacts: [...base, { ...base[0], id: "test-line", ...contact } as HelpContact] });
    expect(withPhone({ phone: "000" }).problems).toContain(
      'help contact "test-line": a phone or url is only allowed with the contactSource it was checked against',
    );
    const checked = withPhone({ phone: "000", contactSource: { where: "the body's own website", checked: "2026-11-23" } });
    expect(checked.problems.filter((line) => line.startsWith('help contact "test-line":'))).toEqual([]);
  });

  it("reports a help contact without a checked date", () => {
    const base = packageContent().helpContacts;
    const report = checkContent({ helpContacts: base.map((c) => (c.id === "iom" ? { ...c, checked: "last week" } : c)) });
    expect(report.problems).toContain('help contact "iom".checked: must be a date written YYYY-MM-DD');
  });

  it("reports a sourced paragraph whose text was removed", () => {
    const report = withTexts((texts) => {
      const why = texts.en?.home?.why as Record<string, unknown> | undefined;
      delete why?.anyone;
    });
    expect(report.problems).toContain('text source "home:why.anyone" names no text in en');
  });

  it("reports a published fact that does not exist, on a red flag, a glossary term or a migration step", () => {
    const { redFlags, glossary, migrationSteps } = packageContent();
    const report = checkContent({
      redFlags: redFlags.map((flag) => (flag.id === "rf06" ? { ...flag, published: ["placement-costs", "no-such-fact"] } : flag)),
      glossary: glossary.map((entry) => (entry.id === "p3mi" ? { ...entry, published: ["nope"] } : entry)),
      migrationSteps: migrationSteps.map((step) => (step.id === "officialRoute" ? { ...step, published: ["gone"] } : step)),
    });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        'red flag "rf06": unknown published fact "no-such-fact"',
        'glossary term "p3mi": unknown published fact "nope"',
        'migration step "officialRoute": unknown published fact "gone"',
      ]),
    );
  });

  it("refuses a glossary term or a published migration step with no source at all", () => {
    const { glossary, migrationSteps } = packageContent();
    const report = checkContent({
      glossary: glossary.map((entry) => (entry.id === "p3mi" ? { ...entry, published: [] } : entry)),
      migrationSteps: migrationSteps.map((step) => (step.id === "officialRoute" ? { ...step, published: undefined } : step)),
    });
    expect(report.problems.some((line) => line.startsWith('glossary term "p3mi": needs at least one source'))).toBe(true);
    expect(report.problems.some((line) => line.startsWith('migration step "officialRoute": needs at least one source'))).toBe(true);
  });
});
