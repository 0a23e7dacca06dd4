import { describe, expect, it } from "vitest";
import { negotiateLanguage, switchLanguagePath } from "./language";

const langs = ["id", "en"] as const;

describe("negotiateLanguage", () => {
  it("defaults to Indonesian without a header or with unknown languages", () => {
    expect(negotiateLanguage(null, langs, "id")).toBe("id");
    expect(negotiateLanguage("fr-FR,fr;q=0.9,de;q=0.5", langs, "id")).toBe("id");
  });
  it("follows the browser's ranking", () => {
    expect(negotiateLanguage("en-US,en;q=0.9,id;q=0.8", langs, "id")).toBe("en");
    expect(negotiateLanguage("id-ID,id;q=0.9,en;q=0.8", langs, "id")).toBe("id");
    expect(negotiateLanguage("fr;q=1, en;q=0.4, id;q=0.7", langs, "id")).toBe("id");
    expect(negotiateLanguage("ms, en-GB;q=0.5", langs, "id")).toBe("en");
  });
  it("ignores malformed and refused entries", () => {
    expect(negotiateLanguage("en;q=0, id;q=abc", langs, "id")).toBe("id");
    expect(negotiateLanguage(";;;,,,", langs, "id")).toBe("id");
  });
});

describe("switchLanguagePath", () => {
  it("keeps the rest of the path", () => {
    expect(switchLanguagePath("/id/quiz", "en")).toBe("/en/quiz");
    expect(switchLanguagePath("/en", "id")).toBe("/id");
  });
});
