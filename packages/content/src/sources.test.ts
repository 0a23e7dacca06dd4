import { describe, expect, it } from "vitest";
import { questionBank } from "./questions";
import { ref } from "./refs";
import { collectSources, sourceId, sources } from "./sources";

describe("sourceId", () => {
  it("is a readable slug of seed, lines and reference", () => {
    expect(sourceId(ref("002", "L43–L45", "Armandhanu, 2025"))).toBe("002-l43-l45-armandhanu-2025");
    expect(sourceId(ref("001", "L53", "fn 5 (UU No. 18 Tahun 2017, JDIH BPK RI)"))).toBe("001-l53-fn-5-uu-no-18-tahun-2017-jdih-bpk-ri");
  });
});

describe("collectSources", () => {
  it("lists each reference once, by seed and then by line", () => {
    const entries = collectSources([ref("002", "L43", "Yanggolo dkk, 2024"), ref("000", "L35", "BBC News, 2025"), ref("002", "L9", "Bambar, 2022"), ref("000", "L35", "BBC News, 2025")]);
    expect(entries.map((entry) => entry.citation)).toEqual([
      "000_80ac7f0889c80d2f.txt, L35 (BBC News, 2025)",
      "002_48b54daefc0ecb57.txt, L9 (Bambar, 2022)",
      "002_48b54daefc0ecb57.txt, L43 (Yanggolo dkk, 2024)",
    ]);
  });
});

describe("sources", () => {
  it("includes the question bank's references and has unique ids", () => {
    const ids = new Set(sources.map((entry) => entry.id));
    expect(ids.size).toBe(sources.length);
    for (const question of questionBank) for (const source of question.sources) expect(ids).toContain(sourceId(source));
  });
});
