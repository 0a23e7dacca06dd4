import { describe, expect, it } from "vitest";
import { ref } from "../refs";
import { citedNames, refProblems, seedProblems } from "./seeds-check";

const seed = "002_48b54daefc0ecb57.txt";
const lines = Array.from({ length: 30 }, () => "");
lines[4] = "Kalimat lain tanpa rujukan yang selesai di sini.";
lines[6] = "Korban dijanjikan gaji tinggi (Yanggolo dkk, 2024). Korban lain bertemu perekrut dan";
lines[8] = "dijaga orang bersenjata (Armandhanu, 2025).";
lines[14] = "Daftar layanan berikut (*Migrant Care*, 2024):";
lines[16] = "- a. Layanan informasi";
lines[18] = "- b. Layanan dokumen";
const seeds = { [seed]: lines };

describe("citedNames", () => {
  it("takes the first word of each reference", () => {
    expect(citedNames("KumparanNEWS, 2025; Amnesty International, n.d.")).toEqual(["KumparanNEWS", "Amnesty"]);
    expect(citedNames("L'Hoiry, Moretti & Antonopoulos, 2024")).toEqual(["L'Hoiry"]);
  });

  it("has nothing to look for in uncited lines and footnotes", () => {
    expect(citedNames("uncited")).toEqual([]);
    expect(citedNames("fn 5 (UU No. 18 Tahun 2017)")).toEqual([]);
  });
});

describe("refProblems", () => {
  it("finds the reference on the cited line", () => {
    expect(refProblems(ref("002", "L7", "Yanggolo dkk, 2024"), seeds)).toEqual([]);
  });

  it("follows a sentence cut by a page break to where its reference is", () => {
    expect(refProblems(ref("002", "L7", "Armandhanu, 2025"), seeds)).toEqual([]);
  });

  it("reads a list item's reference from the line that introduces the list", () => {
    expect(refProblems(ref("002", "L19", "Migrant Care, 2024"), seeds)).toEqual([]);
  });

  it("reports a reference the seed gives on another paragraph", () => {
    expect(refProblems(ref("002", "L5", "Yanggolo dkk, 2024"), seeds)).toEqual([
      `source ${seed} L5 (Yanggolo dkk, 2024): the seed does not name "Yanggolo" there`,
    ]);
    expect(refProblems(ref("002", "L9", "Yanggolo dkk, 2024"), seeds)).toHaveLength(1);
  });

  it("reports lines past the end and blank lines", () => {
    expect(refProblems(ref("002", "L40", "uncited"), seeds)).toEqual([`source ${seed} L40 (uncited): the seed has only 30 lines`]);
    expect(refProblems(ref("002", "L2–L3", "uncited"), seeds)).toEqual([`source ${seed} L2–L3 (uncited): the cited lines are blank`]);
  });

  it("checks each distinct reference once", () => {
    const wrong = ref("002", "L7", "Lee, 2024");
    expect(seedProblems([wrong, wrong], seeds)).toHaveLength(1);
  });
});
