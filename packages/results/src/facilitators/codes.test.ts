import { expect, it } from "vitest";
import { SubmissionInvalidError } from "../errors";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";
import { FacilitatorLimitError } from "./codes";
import { addFacilitator, disableFacilitator, listFacilitators, voidFacilitatorSessions } from "./functions";

describeStores("facilitator codes", ({ open, fresh }) => {
  it("a new code is shown once; the store keeps its hash and the organisation's name", async () => {
    const where = await fresh();
    const store = await open(where);
    const { id, code, name } = await addFacilitator(store, "  DESBUMI   Wonosobo ");
    expect(name).toBe("DESBUMI Wonosobo");
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const listed = (await listFacilitators(store)).find((f) => f.id === id);
    expect(listed).toMatchObject({ name: "DESBUMI Wonosobo", disabledDay: null, voidedDay: null, sessions: 0, people: 0 });
    expect(JSON.stringify(await listFacilitators(store))).not.toContain(code);
    await expect(addFacilitator(store, "")).rejects.toThrow(/partner organisation/);
    await expect(addFacilitator(store, "Again", code)).rejects.toThrow(/already registered/);
  });

  it("a village session is stored only with a valid code, and keeps the code's row, never the code", async () => {
    const store = await open();
    const { id, code } = await addFacilitator(store, "Migrant Care Jember");
    const invalid = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(SubmissionInvalidError);
    await invalid(store.submit(group(12, { b: 12 }, { facilitatorCode: undefined }), catalogue));
    await invalid(store.submit(group(12, { b: 12 }, { facilitatorCode: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" }), catalogue));
    await invalid(store.submit(solo({ facilitatorCode: code }), catalogue));
    await invalid(store.submitBatch([group(10, { b: 10 }, { facilitatorCode: code }), group(10, { b: 10 }, { facilitatorCode: "nope" })], catalogue));
    await invalid(store.submit(group(201, { b: 1 }, { facilitatorCode: code }), catalogue));
    expect(await store.count()).toBe(0);

    // Typed loosely (lower case, spaces) it is the same code.
    expect(await store.submit(group(12, { b: 12 }, { facilitatorCode: code.toLowerCase().replace(/-/g, " ") }), catalogue)).toEqual({ status: "stored" });
    expect((await listFacilitators(store)).find((f) => f.id === id)).toMatchObject({ sessions: 1, people: 12 });

    expect(await disableFacilitator(store, id)).toBe(true);
    await invalid(store.submit(group(5, { b: 5 }, { facilitatorCode: code }), catalogue));
    expect(await disableFacilitator(store, 99_999)).toBe(false);
    expect(await store.count()).toBe(1);
  });

  it("a code's volume per day is limited: over it nothing is stored", async () => {
    const store = await open({ ...(await fresh()), facilitatorLimits: { sessionsPerDay: 3, peoplePerDay: 50 } });
    const { code } = await addFacilitator(store, "SBMI Indramayu");
    for (let i = 0; i < 3; i++) await store.submit(group(10, { b: 10 }, { facilitatorCode: code }), catalogue);
    await expect(store.submit(group(10, { b: 10 }, { facilitatorCode: code }), catalogue)).rejects.toBeInstanceOf(FacilitatorLimitError);
    expect(await store.count()).toBe(3);
    // People count too, and a batch over the limit stores none of its sessions.
    const other = await addFacilitator(store, "Another partner");
    await expect(
      store.submitBatch([group(30, { b: 30 }, { facilitatorCode: other.code }), group(30, { b: 30 }, { facilitatorCode: other.code })], catalogue),
    ).rejects.toBeInstanceOf(FacilitatorLimitError);
    expect(await store.count()).toBe(3);
    // A retry of a stored session is not new volume.
    const session = group(10, { b: 10 }, { facilitatorCode: other.code });
    await store.submit(session, catalogue);
    for (let i = 0; i < 5; i++) expect(await store.submit(session, catalogue)).toEqual({ status: "duplicate" });
  });

  it("voiding a code removes its sessions from storage and from every figure, as if they never came", async () => {
    const where = await fresh();
    const store = await open(where);
    const bad = await addFacilitator(store, "Code that leaked");
    const good = await addFacilitator(store, "Trusted partner");
    const kept = [solo(), solo({ lang: "en" }), group(25, { a: 5, b: 20 }, { facilitatorCode: good.code, province: "ID-JT" })];
    const voided = [
      group(40, { b: 40 }, { facilitatorCode: bad.code, province: "ID-JT" }),
      group(30, { a: 10, c: 20 }, { facilitatorCode: bad.code, lang: "en" }),
      { ...group(20, {}, { facilitatorCode: bad.code }), answers: [{ questionId: "story-passport", selected: ["keep", "call"], present: 20, counts: { "s1/keep": 15, "s2/call": 9 } }] },
    ];
    for (const sub of [...kept, ...voided]) await store.submit(sub, catalogue);

    const reference = await open(); // the same results without the voided sessions
    for (const sub of kept) await reference.submit({ ...sub, ...(sub.mode === "village" ? { facilitatorCode: "TEST-CODE-0000-0001" } : {}) }, catalogue);

    expect(await voidFacilitatorSessions(store, bad.id)).toBe(3);
    expect(await store.count()).toBe(kept.length);
    for (const sub of voided) expect(await store.has(sub.id)).toBe(false);
    expect(await store.aggregates()).toEqual(await reference.aggregates());
    expect(await store.aggregates({ province: "ID-JT" })).toEqual(await reference.aggregates({ province: "ID-JT" }));
    expect(await store.aggregates({ lang: "en" })).toEqual(await reference.aggregates({ lang: "en" }));
    expect(await store.checkAggregates()).toEqual(await reference.checkAggregates());
    const listed = (await listFacilitators(store)).find((f) => f.id === bad.id);
    expect(listed).toMatchObject({ sessions: 0, people: 0 });
    expect(listed?.voidedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(listed?.disabledDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(store.submit(group(5, { b: 5 }, { facilitatorCode: bad.code }), catalogue)).rejects.toBeInstanceOf(SubmissionInvalidError);
  });
});
