import { describe, expect, it } from "vitest";
import { EXPORT_USAGE, readExportArgs } from "./export";

describe("results:export's command line", () => {
  it("reads the filters and the output file", () => {
    expect(readExportArgs(["--from", "2025-01-01", "--lang", "id", "--out", "f.csv"])).toEqual({ from: "2025-01-01", lang: "id", out: "f.csv" });
  });

  it("asks for help with --help or -h", () => {
    expect(readExportArgs(["--help"]).help).toBe(true);
    expect(readExportArgs(["-h"]).help).toBe(true);
    for (const option of ["--out", "--from", "--to", "--lang", "--mode", "--province", "--quiz", "--help"]) expect(EXPORT_USAGE).toContain(option);
  });

  it("refuses an unknown option or a stray argument, showing the usage", () => {
    expect(() => readExportArgs(["--bogus"])).toThrow(/Unknown option '--bogus'[\s\S]*Usage: npm run results:export/);
    expect(() => readExportArgs(["stray"])).toThrow(/Usage:/);
  });
});
