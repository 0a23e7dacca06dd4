import type { HelpContact } from "@waspada/content";
import { describe, expect, it } from "vitest";
import { formatDay, helpPage } from "./help.server";

const base: HelpContact = { id: "kp2mi", kind: "government", checked: "2026-11-23", source: [] };

describe("helpPage", () => {
  it("groups contacts by kind and says when each was checked", () => {
    const page = helpPage("en", [base, { ...base, id: "iom", kind: "international" }]);
    expect(page.groups.map((g) => [g.kind, g.contacts.map((c) => c.id)])).toEqual([
      ["government", ["kp2mi"]],
      ["international", ["iom"]],
    ]);
    expect(page.groups[0]?.contacts[0]?.checked).toBe("Checked against the studies on 23 November 2026");
  });

  it("shows a phone number only together with where it was verified", () => {
    const unverified = helpPage("en", [{ ...base, phone: "+62 21 000" }]).groups[0]?.contacts[0];
    expect(unverified?.phone).toBeUndefined();
    const verified = helpPage("en", [
      { ...base, phone: "+62 21 000", contactSource: { where: "the ministry's contact page", checked: "2026-11-20" } },
    ]).groups[0]?.contacts[0];
    expect(verified?.phone).toBe("+62 21 000");
    expect(verified?.contactSource).toBe("the ministry's contact page, 20 November 2026");
  });

  it("gives every real contact its sources, and the family paragraphs theirs", () => {
    const page = helpPage("id");
    for (const contact of page.groups.flatMap((g) => g.contacts)) expect(contact.sources.length, contact.id).toBeGreaterThan(0);
    for (const paragraph of page.family) expect(paragraph.sources.length).toBeGreaterThan(0);
  });
});

describe("help by situation", () => {
  it("lists every situation with working tel: and wa.me links copied from the published value", () => {
    for (const lang of ["id", "en"]) {
      const page = helpPage(lang);
      expect(page.situations.map((s) => s.id)).toEqual(["danger", "before", "abroad", "home", "family"]);
      const channels = page.situations.flatMap((s) => s.places.flatMap((p) => p.channels));
      const call = channels.find((c) => c.id === "kp2mi-call");
      expect(call?.href).toBe("tel:08001000");
      expect(call?.value).toBe("0800-1000");
      expect(channels.find((c) => c.id === "kbri-phnom-penh-protection")?.href).toBe("https://wa.me/85512813282");
      for (const channel of channels) {
        expect(channel.sources.length, channel.id).toBeGreaterThanOrEqual(2);
        if (channel.kind !== "app") expect(channel.href, channel.id).toMatch(/^(tel:\+?\d+|https:\/\/wa\.me\/\d+|https:\/\/)/);
      }
    }
    expect(helpPage("en").situations[0]?.places[0]?.channels[0]?.checked).toMatch(/^\d published sources, checked on 6 December 2026$/);
  });

  it("splits abroad by country, any country last", () => {
    const abroad = helpPage("en").situations.find((s) => s.id === "abroad");
    expect(abroad?.places.map((p) => p.id)).toEqual(["cambodia", "myanmar", "thailand", "malaysia", "any"]);
  });
});

describe("formatDay", () => {
  it("writes the day in the page's language without shifting it across time zones", () => {
    expect(formatDay("id", "2026-01-01")).toBe("1 Januari 2026");
    expect(formatDay("en", "2026-12-31")).toBe("31 December 2026");
  });
});
