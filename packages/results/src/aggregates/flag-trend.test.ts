import { expect, it } from "vitest";
import { fixtureCatalogue as catalogue, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";

const WRONG = [{ questionId: "salary", selected: ["a"] }];

describeStores("flagTrend", ({ open }) => {
  it("gives each month the same suppressed flags as aggregates() over that month", async () => {
    const store = await open();
    const rows = [
      ...Array.from({ length: 14 }, () => ({ ...solo(), day: "2026-01-05" })),
      ...Array.from({ length: 4 }, () => ({ ...solo({ answers: WRONG }), day: "2026-01-20" })),
      ...Array.from({ length: 6 }, () => ({ ...solo(), day: "2026-02-02" })),
      ...Array.from({ length: 11 }, () => ({ ...solo({ lang: "en", answers: WRONG }), day: "2026-03-31" })),
    ];
    await store.restore(rows, catalogue);
    for (const filters of [{}, { lang: "en" }, { from: "2026-01-10", to: "2026-03-31" }]) {
      const trend = await store.flagTrend(filters);
      const months = trend.months.map((m) => m.month);
      expect(months).toEqual([...new Set(months)].sort());
      for (const { month, flags } of trend.months) {
        const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
        const from = [`${month}-01`, "from" in filters ? filters.from : ""].sort().at(-1)!;
        const whole = await store.aggregates({ ...filters, from, to: last });
        expect(flags, `${JSON.stringify(filters)} ${month}`).toEqual(whole.flags);
      }
    }
    const all = await store.flagTrend();
    expect(all.months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    // February's 6 people: every figure hidden.
    expect(all.months[1]!.flags.every((f) => f.met.suppressed && f.spotted.suppressed)).toBe(true);
    // January: 18 met rf01, 4 missed it: the 4 are hidden and so is one more, so they cannot be subtracted.
    const rf01 = all.months[0]!.flags.find((f) => f.flagId === "rf01")!;
    expect(rf01.missed).toEqual({ value: null, suppressed: true });
    expect([rf01.met, rf01.spotted].filter((f) => f.suppressed)).toHaveLength(1);
  });
});
