import { describe, expect, it } from "vitest";
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, getT, isLanguage, resourcesFor } from "./i18n";

describe("languages and namespaces", () => {
  it("has Indonesian as the default and first language, then English", () => {
    expect(DEFAULT_LANGUAGE).toBe("id");
    expect(LANGUAGES).toEqual(["id", "en"]);
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("fr")).toBe(false);
  });

  it("finds every namespace the site uses", () => {
    for (const ns of ["common", "home", "redFlags", "migration", "help", "about", "privacy", "glossary", "facilitator", "stages", "questions"]) {
      expect(NAMESPACES).toContain(ns);
    }
  });
});

describe("getT", () => {
  it("looks keys up as ns:key and fills placeholders", () => {
    expect(getT("id")("common:quiz.progress", { current: 3, total: 10 })).toBe("Pertanyaan 3 dari 10");
    expect(getT("en")("common:quiz.progress", { current: 3, total: 10 })).toBe("Question 3 of 10");
  });

  it("reads a catalogue text by id", () => {
    const id: string = "rf22";
    expect(getT("en")(`redFlags:${id}.name`)).toBe("Your passport is taken from you");
  });

  it("type-checks fixed keys and accepts any id in id-keyed sections", () => {
    const t = getT("en");
    const question = "no-such-question";
    // @ts-expect-error a misspelt fixed key is a type error (src/i18next.d.ts)
    expect(t("common:quiz.strat")).toBe("quiz.strat");
    expect(t(`questions:${question}.prompt`)).toBe(`${question}.prompt`);
  });

  it("falls back to Indonesian for a language it does not have", () => {
    expect(getT("fr")("common:quickExit.label")).toBe("Keluar cepat");
  });

  it("does not escape HTML, leaving that to React", () => {
    expect(getT("en")("common:quiz.outcome.wrong")).toBe("Not quite, and that's okay");
  });
});

describe("resourcesFor", () => {
  it("returns the asked namespaces as plain JSON", () => {
    const bundle = resourcesFor("en", ["common", "stages"]);
    expect(Object.keys(bundle)).toEqual(["common", "stages"]);
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
    expect((bundle.stages as Record<string, { name: string }>).return?.name).toBe("Return");
  });

  it("hands out a copy, so a caller cannot change the site's text", () => {
    const bundle = resourcesFor("id", ["common"]) as { common: { skipToContent: string } };
    bundle.common.skipToContent = "changed";
    expect(getT("id")("common:skipToContent")).toBe("Langsung ke isi utama");
  });

  it("refuses a namespace that does not exist", () => {
    expect(() => resourcesFor("id", ["nope"])).toThrow(/Unknown namespace "nope"/);
  });
});
