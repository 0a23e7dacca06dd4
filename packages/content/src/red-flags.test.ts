import { describe, expect, it } from "vitest";
import { helpContacts } from "./help";
import { LANGUAGES } from "./i18n";
import { redFlagText } from "./question-text";
import { coreRedFlags, redFlagById, redFlags } from "./red-flags";

describe("red-flag catalogue", () => {
  it("holds the core red flags rf01–rf33 and rf18a", () => {
    const expected = [...Array.from({ length: 33 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`), "rf18a"].sort();
    expect(coreRedFlags.map((flag) => flag.id).sort()).toEqual(expected);
  });

  it("keeps the context items RF34–RF42 out of the core", () => {
    expect(redFlags.filter((flag) => !flag.core).map((flag) => flag.id)).toEqual(["rf34", "rf35", "rf36", "rf37", "rf38", "rf39", "rf40", "rf41", "rf42"]);
  });

  it("finds a red flag by id", () => {
    expect(redFlagById("rf22")?.type).toBe("control");
    expect(redFlagById("rf99")).toBeUndefined();
  });
});

describe("help contacts", () => {
  it("show no phone number or address until one has been verified", () => {
    // The seeds give none and public-knowledge numbers are unverified.
    expect(helpContacts.filter((contact) => contact.phone ?? contact.url ?? contact.contactSource)).toEqual([]);
  });
});

describe("red-flag texts cite the published facts behind them", () => {
  // A sentence the studies do not hold must rest on the published fact that says it.
  const rules: [RegExp, string][] = [
    [/Pasal 30|Article 30/, "placement-costs"],
    [/sekarang KP2MI|now KP2MI/, "kp2mi-history"],
    [/SISKOP2MI|BP3MI|Disnaker/, "check-licence"],
    [/Myanmar (dan|atau|or) Thailand/, "no-agreement"],
    [/Peduli WNI|Safe Travel/, "lapor-diri"],
    [/LPSK/, "lpsk"],
  ];

  it("names the fact wherever a text says what only a published page holds", () => {
    for (const flag of redFlags) {
      for (const lang of LANGUAGES) {
        const text = redFlagText(lang, flag.id);
        const words = `${text?.why ?? ""} ${text?.instead ?? ""}`;
        for (const [pattern, fact] of rules) {
          if (pattern.test(words)) expect(flag.published ?? [], `${lang} ${flag.id} says ${String(pattern)}`).toContain(fact);
        }
      }
    }
  });

  it("cites the placement-costs law for rf06, whose text states it", () => {
    expect(redFlagById("rf06")?.published).toContain("placement-costs");
  });
});
