import { describe, expect, it } from "vitest";
import { allPagePaths, robotsTxt, sitemapXml } from "./site-map.server";

describe("sitemapXml", () => {
  const xml = sitemapXml("https://waspada.example", ["", "/help"], ["id", "en"]);

  it("lists each page once per language, absolute", () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      "https://waspada.example/id",
      "https://waspada.example/en",
      "https://waspada.example/id/help",
      "https://waspada.example/en/help",
    ]);
  });

  it("names every language version of each page, and / as the default only for the home page", () => {
    const help = xml.split("<url>")[3] ?? "";
    expect(help).toContain('hreflang="id" href="https://waspada.example/id/help"');
    expect(help).toContain('hreflang="en" href="https://waspada.example/en/help"');
    expect(help).not.toContain("x-default");
    expect(xml.split("<url>")[1]).toContain('hreflang="x-default" href="https://waspada.example/"');
  });

  it("escapes a hostile origin instead of breaking the XML", () => {
    const hostile = sitemapXml('http://a"<b>&c', [""], ["id"]);
    expect(hostile).toContain("http://a&quot;&lt;b&gt;&amp;c/id");
    expect(hostile).not.toContain("<b>");
  });
});

describe("allPagePaths", () => {
  it("adds one page per red flag after the fixed pages", () => {
    expect(allPagePaths(["rf01", "rf18a"]).slice(-2)).toEqual(["/red-flags/rf01", "/red-flags/rf18a"]);
    expect(allPagePaths([])).toContain("/privacy");
  });

  it("covers the whole catalogue by default", () => {
    const flags = allPagePaths().filter((path) => path.startsWith("/red-flags/"));
    expect(flags).toHaveLength(43);
    expect(flags).toContain("/red-flags/rf18a");
  });
});

describe("robotsTxt", () => {
  it("allows everything but the API and points to the sitemap", () => {
    expect(robotsTxt("https://waspada.example").split("\n")).toEqual([
      "User-agent: *",
      "Allow: /",
      "Disallow: /api/",
      "",
      "Sitemap: https://waspada.example/sitemap.xml",
      "",
    ]);
  });
});
