import { describe, expect, it } from "vitest";
import { helpContacts } from "./help";
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
