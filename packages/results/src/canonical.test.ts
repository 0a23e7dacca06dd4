import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalSubmission, contentHash } from "./canonical";
import { group, solo } from "./test-fixtures";

describe("canonical JSON", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 1, c: 2 }], u: undefined })).toBe('{"a":[3,{"c":2,"d":1}],"b":1}');
  });

  it("gives one hash whatever the key order, another for other content", () => {
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
  });

  it("writes submissions exactly as the generic canonical form does", () => {
    const counts = fc.dictionary(fc.constantFrom("a", "b", "c", "B", "s1/keep", "s1/hand-over", "s10"), fc.nat(50));
    fc.assert(
      fc.property(fc.boolean(), counts, fc.option(fc.constantFrom("ID-JK", "ID-PD"), { nil: undefined }), (village, c, province) => {
        // The facilitator code is not content: it is checked, then kept only as its row id.
        const sub = village ? group(50, c, { facilitatorCode: undefined, ...(province ? { province } : {}) }) : solo(province ? { province } : {});
        const { json, answersJson } = canonicalSubmission(sub);
        expect(json).toBe(canonicalJson(sub));
        expect(answersJson).toBe(canonicalJson(sub.answers));
      }),
    );
  });
});
