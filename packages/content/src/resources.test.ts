import { describe, expect, it } from "vitest";
import { checkContent } from "./check/check-content";
import { resources as packaged } from "./locales";
import { buildResources } from "./resources";

/** The package's own locale files as the glob hands them over, plus any extra folders. */
function filesWith(extra: Record<string, Record<string, unknown>> = {}): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const [lng, bundle] of Object.entries({ ...packaged, ...extra })) {
    for (const [ns, json] of Object.entries(bundle)) files[`../locales/${lng}/${ns}.json`] = json;
  }
  return files;
}

describe("buildResources", () => {
  it("puts Indonesian first, then the other languages alphabetically", () => {
    const built = buildResources({
      "../locales/en/common.json": {},
      "../locales/ms/common.json": {},
      "../locales/id/common.json": {},
      "../locales/ar/common.json": {},
    });
    expect(built.languages).toEqual(["id", "ar", "en", "ms"]);
  });

  it("collects every namespace that appears in any language", () => {
    const built = buildResources({ "/x/locales/id/home.json": { a: "1" }, "/x/locales/en/about.json": { b: "2" } });
    expect(built.namespaces).toEqual(["about", "home"]);
    expect(built.resources).toEqual({ id: { home: { a: "1" } }, en: { about: { b: "2" } } });
  });

  it("refuses a path that is not locales/{lng}/{ns}.json", () => {
    expect(() => buildResources({ "../locales/common.json": {} })).toThrow(/Not a locale file path/);
  });
});

describe("adding a language is adding a folder", () => {
  // English copied, with its own language tag (content:check holds language.locale to the folder's code).
  const ms = structuredClone(packaged.en ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
  ms.common!.language = { ...ms.common!.language, locale: "ms-MY" };
  const built = buildResources(filesWith({ ms }));

  it("discovers the third locale from the file paths alone", () => {
    expect(built.languages).toEqual(["id", "en", "ms"]);
    expect(built.resources.ms).toEqual(ms);
  });

  it("refuses a folder whose language tag is another language's", () => {
    const copied = buildResources(filesWith({ ms: structuredClone(packaged.en ?? {}) }));
    const report = checkContent({ resources: copied.resources, languages: copied.languages });
    expect(report.problems).toContain('locales/ms/common.json: language.locale "en-GB" is not a tag of the language ms');
  });

  it("passes the content check when the new folder is complete", () => {
    const report = checkContent({ resources: built.resources, languages: built.languages });
    expect(report.problems.filter((line) => line.includes("ms"))).toEqual([]);
  });

  it("is held to the same keys as Indonesian", () => {
    const partial = structuredClone(ms) as Record<string, Record<string, Record<string, unknown>>>;
    delete partial.common?.quiz?.restart;
    const rebuilt = buildResources(filesWith({ ms: partial }));
    const report = checkContent({ resources: rebuilt.resources, languages: rebuilt.languages });
    expect(report.problems).toContain("ms common:quiz.restart is missing");
  });
});
