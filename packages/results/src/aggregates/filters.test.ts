import { describe, expect, it } from "vitest";
import { InvalidFiltersError, lastDayOf, readAggregateFilters } from "./filters";

describe("dashboard filters in whole calendar months", () => {
  it("reads months as their first and last day", () => {
    expect(readAggregateFilters({ from: "2026-01", to: "2026-03" })).toEqual({
      filters: { from: "2026-01-01", to: "2026-03-31" },
      months: { from: "2026-01", to: "2026-03" },
      widened: false,
    });
    expect(readAggregateFilters({ to: "2024-02" }).filters).toEqual({ to: "2024-02-29" });
    expect(readAggregateFilters({ from: "2026-02", to: "2026-02" }).filters).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(readAggregateFilters({}).filters).toEqual({});
  });

  it("widens a day from an older link to its whole month, and says so", () => {
    const read = readAggregateFilters({ from: "2026-01-15", to: "2026-02-28", lang: "en" });
    expect(read.filters).toEqual({ from: "2026-01-01", to: "2026-02-28", lang: "en" });
    expect(read.months).toEqual({ from: "2026-01", to: "2026-02" });
    expect(read.widened).toBe(true);
    // Days that already are a month's first and last change nothing.
    expect(readAggregateFilters({ from: "2026-01-01", to: "2026-02-28" }).widened).toBe(false);
    expect(readAggregateFilters({ to: "2026-02-27" }).widened).toBe(true);
    // Two views that differ by a few days are the same view.
    expect(readAggregateFilters({ from: "2026-01-01", to: "2026-03-31" }).filters).toEqual(
      readAggregateFilters({ from: "2026-01-01", to: "2026-03-02" }).filters,
    );
  });

  it.each([
    [{ from: "2026-13" }, "from"],
    [{ from: "2026-00" }, "from"],
    [{ to: "2026-1" }, "to"],
    [{ to: "2026-02-30" }, "to"],
    [{ from: "26-01" }, "from"],
    [{ from: "2026-01-01T00:00:00Z" }, "from"],
    [{ from: "2026/01" }, "from"],
    [{ mode: "bus" }, "mode"],
  ])("refuses %j, naming the field", (input, field) => {
    expect(() => readAggregateFilters(input as never)).toThrow(InvalidFiltersError);
    expect(() => readAggregateFilters(input as never)).toThrow(field);
  });

  it("refuses a first month after the last, even when the days came from an older link", () => {
    expect(() => readAggregateFilters({ from: "2026-03", to: "2026-02" })).toThrow(/from is after to/);
    expect(() => readAggregateFilters({ from: "2026-03-01", to: "2026-02-28" })).toThrow(InvalidFiltersError);
    // Within one month, days in either order widen to that month.
    expect(readAggregateFilters({ from: "2026-02-20", to: "2026-02-10" }).filters).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("knows every month's last day, leap years included", () => {
    expect(["2023-02", "2024-02", "2100-02", "2000-02", "2026-04", "2026-12", "0099-01"].map(lastDayOf)).toEqual([
      "2023-02-28",
      "2024-02-29",
      "2100-02-28",
      "2000-02-29",
      "2026-04-30",
      "2026-12-31",
      "0099-01-31",
    ]);
  });
});
