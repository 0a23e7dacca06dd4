import { describe, expect, it } from "vitest";
import { CHANNELS_FOR_STAGE, channelHref, helpChannels, publishedFacts } from "../channels";
import { readableCitation } from "../references";
import { ref } from "../refs";
import { checkContent, packageContent } from "./check-content";

const problemsAbout = (prefix: string, problems: string[]) => problems.filter((line) => line.startsWith(prefix));

describe("help channels", () => {
  it("are all sourced by two publishers and dated, with words in every language", () => {
    const report = checkContent();
    expect(problemsAbout("help channel", report.problems)).toEqual([]);
    expect(helpChannels.length).toBeGreaterThanOrEqual(10);
  });

  it("refuses a channel with one publisher, no date or a made-up value", () => {
    const base = packageContent().helpChannels;
    const first = base[0]!;
    const onePublisher = { ...first, id: "one-publisher", source: [first.source[0]!, { ...first.source[0]! }] };
    const undated = { ...first, id: "no-date", checked: "" };
    const letters = { ...first, id: "letters", value: "call us" };
    const report = checkContent({ helpChannels: [...base, onePublisher, undated, letters] });
    expect(report.problems).toContain('help channel "one-publisher".source: needs two or more different publishers');
    expect(report.problems).toContain('help channel "no-date".checked: must be a date written YYYY-MM-DD');
    expect(report.problems.some((p) => p.startsWith('help channel "letters"') && p.includes("only digits"))).toBe(true);
    expect(report.problems).toContain("en help:channels.one-publisher.name is missing");
  });

  it("refuses a published fact with a single source", () => {
    const facts = packageContent().publishedFacts.map((f, i) => (i === 0 ? { ...f, source: f.source.slice(0, 1) } : f));
    expect(checkContent({ publishedFacts: facts }).problems).toContain(`published fact "${facts[0]!.id}".source: needs two or more different publishers`);
    expect(publishedFacts.length).toBeGreaterThan(0);
  });

  it("suggests only channels that exist for every stage", () => {
    for (const ids of Object.values(CHANNELS_FOR_STAGE)) for (const id of ids) expect(helpChannels.some((c) => c.id === id), id).toBe(true);
  });

  it("makes tel: and wa.me links from the published value", () => {
    expect(channelHref({ kind: "phone", value: "0800-1000" })).toBe("tel:08001000");
    expect(channelHref({ kind: "phone", value: "+62 21 2924 4800" })).toBe("tel:+622129244800");
    expect(channelHref({ kind: "whatsapp", value: "0811-8080-141" })).toBe("https://wa.me/628118080141");
    expect(channelHref({ kind: "whatsapp", value: "+855 12 813 282" })).toBe("https://wa.me/85512813282");
    expect(channelHref({ kind: "app", value: "Safe Travel" })).toBeUndefined();
  });
});

describe("readable citations", () => {
  it("name who and which study, never the file", () => {
    const yanggolo = ref("002", "L43", "Yanggolo dkk, 2024");
    expect(readableCitation("id", yanggolo)).toBe("Yanggolo dkk, 2024, dalam skripsi tentang kerja sama Indonesia–Kamboja melawan perdagangan orang");
    expect(readableCitation("en", ref("001", "L145", "fn 19 (Yuwanti, 2021)"))).toBe("Yuwanti, 2021, in Zidhnie's journal article, 2025");
    expect(readableCitation("en", ref("000", "L13", "uncited"))).toMatch(/^a thesis on Migrant CARE/);
  });

  it("content:check refuses a file name in a reader's text", () => {
    const { resources } = packageContent();
    const id = resources.id as Record<string, Record<string, unknown>>;
    const changed = { ...resources, id: { ...id, help: { ...id.help, intro: "Lihat 002_48b54daefc0ecb57.txt, L43" } } };
    expect(checkContent({ resources: changed }).problems).toContain("id help:intro names a study's file; cite it in words instead");
  });
});
