import { describe, expect, it } from "vitest";
import { resources } from "../locales";
import { checkContent } from "./check-content";
import { EXPLAINED_IN, RETIRED_WORDS, retiredWordProblems } from "./plain-words";

/** A copy of the site's resources with one Indonesian text replaced. */
function withText(ns: string, path: string[], text: string) {
  const copy = structuredClone(resources);
  let node = copy.id![ns] as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = text;
  return copy;
}

describe("retiredWordProblems", () => {
  it("reports a calque in an Indonesian text, by namespace and key", () => {
    const copy = withText("redFlags", ["rf33", "why"], "Perdagangan orang adalah sistem kontrol yang merampas kebebasan dasar.");
    expect(retiredWordProblems(copy)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('id redFlags:rf33.why uses "sistem kontrol"'),
        expect.stringContaining('id redFlags:rf33.why uses "kebebasan dasar"'),
      ]),
    );
  });

  it("holds the question bank to the list too, whatever the case or spacing", () => {
    const copy = withText("questions", ["zz-probe"], "Ia terjebak di Markas  Penipuan online.");
    expect(retiredWordProblems(copy)).toContain(
      'id questions:zz-probe uses "markas penipuan", which the site no longer uses; write "kompleks penipuan online"',
    );
  });

  it("fails content:check when a retired word appears", () => {
    const copy = withText("help", ["intro"], "Layanan psikososial untuk pekerja yang pulang.");
    expect(checkContent({ resources: copy }).problems).toContain(
      'id help:intro uses "psikososial", which the site no longer uses; write "dukungan untuk kesehatan jiwa"',
    );
  });

  it("matches whole words only", () => {
    const copy = withText("help", ["intro"], "Reintegrasinya berjalan.");
    const words = [{ word: "reintegrasi", instead: "kembali" }];
    expect(retiredWordProblems(copy, words)).toEqual([]);
  });

  it("leaves staff text and other languages alone", () => {
    const copy = structuredClone(resources);
    (copy.id!.staff as Record<string, unknown>).zzProbe = "reintegrasi";
    (copy.en!.help as Record<string, unknown>).zzProbe = "reintegrasi";
    expect(retiredWordProblems(copy).filter((problem) => problem.includes("zzProbe"))).toEqual([]);
  });

  it("lets a word stay only in the text that explains it", () => {
    const [key = "", [word = ""] = []] = Object.entries(EXPLAINED_IN)[0] ?? [];
    const [ns = "", path = ""] = key.split(":");
    const explained = withText(ns, path.split("."), `Kajian juga memakai kata “${word}”.`);
    expect(retiredWordProblems(explained).filter((problem) => problem.includes(key))).toEqual([]);
    const elsewhere = withText("about", ["intro"], `Kajian juga memakai kata “${word}”.`);
    expect(retiredWordProblems(elsewhere)).toEqual(expect.arrayContaining([expect.stringContaining(`id about:intro uses "${word}"`)]));
  });

  it("keeps every explained word on the list", () => {
    const listed = new Set(RETIRED_WORDS.map((retired) => retired.word));
    for (const words of Object.values(EXPLAINED_IN)) for (const word of words) expect(listed.has(word)).toBe(true);
  });
});
