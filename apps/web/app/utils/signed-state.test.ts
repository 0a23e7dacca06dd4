import { describe, expect, it } from "vitest";
import { sign, verify } from "./signed-state.server";

const secret = "a-test-secret-that-is-long-enough-1234";

describe("signed state", () => {
  it("round-trips a payload", () => {
    expect(verify(sign("abc_DEF-123", secret), secret)).toBe("abc_DEF-123");
  });
  it("refuses a changed payload, a changed signature and another secret", () => {
    const signed = sign("payload", secret);
    expect(verify(signed.replace("payload", "paylaod"), secret)).toBeNull();
    expect(verify(`${signed.slice(0, -2)}AA`, secret)).toBeNull();
    expect(verify(signed, `${secret}x`)).toBeNull();
  });
  it("refuses malformed values", () => {
    for (const bad of ["", ".", "nodot", ".sig", "a.b.c", "💥.💥"]) expect(verify(bad, secret)).toBeNull();
  });
});
