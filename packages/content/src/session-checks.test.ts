import { describe, expect, it } from "vitest";
import { getT, LANGUAGES } from "./i18n";
import { sessionCheckSources, sessionChecks } from "./session-checks";

describe("session checks", () => {
  it("are three, each with a sentence in every language and the sources of a known red flag", () => {
    expect(sessionChecks).toHaveLength(3);
    expect(new Set(sessionChecks.map((c) => c.id)).size).toBe(3);
    for (const check of sessionChecks) {
      expect(sessionCheckSources(check).length).toBeGreaterThan(0);
      for (const lang of LANGUAGES) {
        const key = `session:check.items.${check.id}`;
        const text = getT(lang)(key as never) as string;
        expect(text, `${lang} ${key}`).not.toBe(key);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });
});
