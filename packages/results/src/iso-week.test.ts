import { describe, expect, it } from "vitest";
import { isoWeek } from "./iso-week";

describe("isoWeek", () => {
  it.each([
    ["2025-01-01", "2025-W01"], // a Wednesday: week 1 holds the year's first Thursday
    ["2024-12-30", "2025-W01"], // Monday of that week, still in 2024
    ["2025-01-05", "2025-W01"], // Sunday ends it
    ["2025-01-06", "2025-W02"],
    ["2021-01-03", "2020-W53"], // a 53-week year
    ["2026-12-31", "2026-W53"],
    ["2027-01-01", "2026-W53"],
  ])("%s is %s", (day, week) => expect(isoWeek(day)).toBe(week));
});
