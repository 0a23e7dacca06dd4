import { FACILITATOR_ERROR_CODES, STAFF_ERROR_CODES } from "@waspada/results";
import { describe, expect, it } from "vitest";
import { accountProblemText, type AccountProblem } from "./accounts.server";
import { staffT } from "./words.server";

const ACCOUNT_PROBLEMS: AccountProblem[] = [...STAFF_ERROR_CODES, "password-mismatch", "unknown-request"];

describe("refusals in the staff member's language", () => {
  it("words every account refusal code in Indonesian and English, with the password limits filled in", () => {
    for (const code of ACCOUNT_PROBLEMS) {
      const id = accountProblemText(staffT("id"), code);
      const en = accountProblemText(staffT("en"), code);
      for (const text of [id, en]) {
        expect(text, code).not.toContain("staff:");
        expect(text, code).not.toContain(code);
        expect(text, code).not.toMatch(/{{|}}/);
      }
      expect(id, code).not.toBe(en);
    }
    expect(accountProblemText(staffT("id"), "password-too-short")).toContain("paling sedikit 15 karakter");
    expect(accountProblemText(staffT("en"), "password-too-short")).toContain("at least 15 characters");
  });

  it("words every facilitator-code refusal code in both languages", () => {
    for (const code of FACILITATOR_ERROR_CODES) {
      const [id, en] = ["id", "en"].map((lang) => staffT(lang)(`staff:facilitators.errors.${code}`, { max: 80 }));
      for (const text of [id!, en!]) expect(text, code).not.toMatch(/staff:|{{/);
      expect(id, code).not.toBe(en);
    }
  });
});
