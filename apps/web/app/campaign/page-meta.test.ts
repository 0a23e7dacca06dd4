import { describe, expect, it } from "vitest";
import { metaTags } from "./page-meta";
import { pageMeta, pageTitle } from "./page-meta.server";

describe("pageMeta", () => {
  const meta = pageMeta(new Request("http://10.0.0.5:3000/en/help/?utm=x"), "en", { title: "Get help | Waspada", description: "d" });

  it("makes absolute URLs from the request's origin, without query or trailing slash", () => {
    expect(meta.url).toBe("http://10.0.0.5:3000/en/help");
    expect(meta.image.url).toBe("http://10.0.0.5:3000/social-preview.png");
    expect(meta.alternates).toEqual([
      { lang: "id", href: "http://10.0.0.5:3000/id/help" },
      { lang: "en", href: "http://10.0.0.5:3000/en/help" },
    ]);
  });

  it("gives the og:locale of this language and names the others", () => {
    expect(meta.locale).toBe("en_GB");
    expect(meta.otherLocales).toEqual(["id_ID"]);
    expect(meta.image.alt).toBe("Waspada: Spot the red flags of a job offer before you say yes.");
  });

  it("offers / as the default only on the home page", () => {
    const home = pageMeta(new Request("http://h/id"), "id", { title: "t", description: "d" });
    expect(home.alternates.at(-1)).toEqual({ lang: "x-default", href: "http://h/" });
    expect(meta.alternates.some((a) => a.lang === "x-default")).toBe(false);
  });
});

describe("metaTags", () => {
  it("turns page meta into title, description, Open Graph and link tags", () => {
    const tags = metaTags(pageMeta(new Request("http://h/id/about"), "id", { title: pageTitle("id", "Tentang Waspada"), description: "d" }));
    expect(tags).toContainEqual({ title: "Tentang Waspada | Waspada" });
    expect(tags).toContainEqual({ property: "og:title", content: "Tentang Waspada | Waspada" });
    expect(tags).toContainEqual({ property: "og:image", content: "http://h/social-preview.png" });
    expect(tags).toContainEqual({ property: "og:locale", content: "id_ID" });
    expect(tags).toContainEqual({ tagName: "link", rel: "canonical", href: "http://h/id/about" });
    expect(tags).toContainEqual({ tagName: "link", rel: "alternate", hrefLang: "en", href: "http://h/en/about" });
  });

  it("falls back to a bare title when a page has no data (an error)", () => {
    expect(metaTags(undefined, "Tanda bahaya")).toEqual([{ title: "Tanda bahaya" }]);
  });
});
