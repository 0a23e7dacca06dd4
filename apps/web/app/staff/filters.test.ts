import { InvalidFiltersError } from "@waspada/results";
import { describe, expect, it } from "vitest";
import { filterQuery, readFilters } from "./filters.server";

const url = (query: string) => new URL(`http://127.0.0.1/staff?${query}`);

describe("the dashboard's filters", () => {
  it("reads whole months and keeps them in links", () => {
    const read = readFilters(url("from=2026-01&to=2026-03&language=en"));
    expect(read.filters).toEqual({ from: "2026-01-01", to: "2026-03-31", lang: "en" });
    expect(read.widened).toBe(false);
    expect(filterQuery(read.params, "en", { view: "overview" })).toBe("?lang=en&from=2026-01&to=2026-03&language=en&view=overview");
  });

  it("widens an older link's days to their months, and links then carry the months", () => {
    const read = readFilters(url("from=2026-01-05&to=2026-02-12&province=ID-JB"));
    expect(read.widened).toBe(true);
    expect(read.params).toEqual({ from: "2026-01", to: "2026-02", province: "ID-JB" });
    expect(read.filters).toEqual({ from: "2026-01-01", to: "2026-02-28", province: "ID-JB" });
  });

  it("refuses what the results package refuses", () => {
    for (const query of ["from=2026-13", "to=2026-02-30", "from=2026-03&to=2026-02", "mode=bus", "province=ID-XX", "language=x"]) {
      expect(() => readFilters(url(query)), query).toThrow(InvalidFiltersError);
    }
  });
});
