import { expect, it } from "vitest";
import { SubmissionConflictError, SubmissionInvalidError } from "../errors";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";
import type { SessionChecks } from "../types";

const checks = (present: number, before: number[], after?: number[]): SessionChecks => ({
  opening: { present, right: { passport: before[0]!, broker: before[1]!, salary: before[2]! } },
  ...(after ? { closing: { present, right: { passport: after[0]!, broker: after[1]!, salary: after[2]! } } } : {}),
});

describeStores("check aggregates", ({ open }) => {
  it("sums each check question's hands before and after over the sessions, and keeps them with the session", async () => {
    const store = await open();
    await store.submit(group(30, { a: 2, b: 20 }, { checks: checks(30, [8, 10, 20], [24, 25, 28]) }), catalogue);
    await store.submit(group(12, { b: 12 }, { checks: checks(12, [2, 3, 4], [10, 11, 12]) }), catalogue);
    await store.submit(group(20, { b: 5 }), catalogue); // no checks: not part of these figures
    const result = await store.checkAggregates();
    // 2 sessions read "fewer than 10"; 42 people show as 40 (the rule for every shown count).
    expect(result.sessions).toEqual({ value: null, suppressed: true });
    expect(result.people.value).toBe(40);
    expect(result.checks.find((c) => c.checkId === "passport")).toEqual({
      checkId: "passport",
      opening: { right: { value: 10, suppressed: false }, present: { value: 40, suppressed: false } },
      closing: { right: { value: 35, suppressed: false }, present: { value: 40, suppressed: false } },
    });
    // 20 + 4 = 24 right hands for "salary" at the opening show as 25.
    expect(result.checks.find((c) => c.checkId === "salary")?.opening.right).toEqual({ value: 25, suppressed: false });
    const dumped = [];
    for await (const row of store.dump()) dumped.push(row);
    expect(dumped.filter((row) => row.checks).map((row) => row.checks?.opening.present).sort()).toEqual([12, 30]);
  });

  it("hides every figure when fewer than 10 people stand behind them", async () => {
    const store = await open();
    await store.submit(group(6, { b: 6 }, { checks: checks(6, [1, 2, 3], [5, 6, 6]) }), catalogue);
    const result = await store.checkAggregates();
    expect(result.people).toEqual({ value: null, suppressed: true });
    expect(result.checks.every((c) => c.closing.right.value === null && c.opening.present.suppressed)).toBe(true);
  });

  it("refuses impossible checks and checks on a solo result, and counts a retry once", async () => {
    const store = await open();
    const bad = [
      group(10, { b: 5 }, { checks: checks(10, [11, 0, 0]) }),
      group(10, { b: 5 }, { checks: checks(12, [1, 0, 0]) }),
      group(10, { b: 5 }, { checks: { opening: checks(10, [1, 1, 1]).opening, closing: { present: 10, right: { other: 1 } } } }),
      solo({ checks: checks(1, [1, 0, 0]) }),
    ];
    for (const sub of bad) await expect(store.submit(sub, catalogue)).rejects.toBeInstanceOf(SubmissionInvalidError);
    expect(await store.count()).toBe(0);
    const session = group(10, { b: 5 }, { checks: checks(10, [1, 2, 3], [7, 8, 9]) });
    await store.submit(session, catalogue);
    expect(await store.submit(structuredClone(session), catalogue)).toEqual({ status: "duplicate" });
    await expect(store.submit({ ...session, checks: checks(10, [1, 2, 3], [9, 9, 9]) }, catalogue)).rejects.toBeInstanceOf(SubmissionConflictError);
    // Counted once: 10 people present (twice would show 20).
    expect((await store.checkAggregates()).people.value).toBe(10);
  });
});
