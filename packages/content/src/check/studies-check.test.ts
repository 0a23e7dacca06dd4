import { describe, expect, it } from "vitest";
import { studies, type Study } from "../studies";
import { studyListProblems, studySeedProblems } from "./studies-check";

const seed = "001_2bd81cab7ae836d6.txt";
const article = studies.find((study) => study.seed === seed) as Study;
const lines = Array.from({ length: 20 }, () => "");
lines[8] = "Received: 31/01/2025; Accepted:";
lines[9] = "11/02/2025; Published: 30/06/2025";
lines[11] = "PERAN ADVOKASI MIGRANT CARE DALAM MELINDUNGI PEKERJA MIGRANT INDONESIA DI MALAYSIA TAHUN 2017- 2022";
lines[13] = "Muhammad Rayhan Zidhnie";
lines[15] = "Program Studi Ilmu Hubungan Internasional, Fakultas Ilmu Sosial dan Ilmu";
lines[16] = "Politik, Universitas Jenderal Achmad Yani";

describe("the studies list", () => {
  it("lists every cited seed once", () => {
    expect(studyListProblems(studies)).toEqual([]);
    expect(studyListProblems(studies.slice(1))).toEqual(["studies: 000_80ac7f0889c80d2f.txt is cited but not listed"]);
    expect(studyListProblems([...studies, article])).toEqual([`studies: ${seed} is listed twice`]);
  });

  it("finds the title, author, institution and dates where it says, whatever the case and dashes", () => {
    expect(studySeedProblems([article], { [seed]: lines })).toEqual([]);
  });

  it("reports a reference the seed does not state there", () => {
    const wrong: Study = { ...article, author: "Someone Else", dates: { published: "2025-06-29" }, where: { ...article.where, title: "L13" } };
    expect(studySeedProblems([wrong], { [seed]: lines })).toEqual([
      `studies: ${seed} L13 does not state its title "${article.title}"`,
      `studies: ${seed} L14 does not state its author "Someone Else"`,
      `studies: ${seed} L9–L10 does not state its dates "29/06/2025"`,
    ]);
  });

  it("asks for a line for every stated fact", () => {
    const { author: _, ...where } = article.where;
    expect(studySeedProblems([{ ...article, where }], { [seed]: lines })).toEqual([`studies: ${seed} gives no line for its author`]);
  });
});
