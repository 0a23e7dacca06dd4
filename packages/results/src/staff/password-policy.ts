import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 15;
/** Long enough for any passphrase; short enough that hashing it costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's 0-4 score: 3 means about 10^8-10^10 guesses, far beyond online guessing at our throttle. */
const MIN_SCORE = 3;

export type PasswordProblem = "password-too-short" | "password-too-long" | "password-too-common";

let checker: ZxcvbnFactory | undefined;

/**
 * NIST SP 800-63B's rules: a minimum length, no composition rules, and a refusal of passwords that
 * are common, guessable or built from the account's own name (zxcvbn's frequency lists of leaked
 * passwords, names and words, plus keyboard patterns, repeats, sequences and dates).
 */
export async function passwordProblem(password: string, context: readonly string[] = []): Promise<PasswordProblem | undefined> {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "password-too-short";
  if (length > MAX_PASSWORD_LENGTH) return "password-too-long";
  checker ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const result = await checker.check(password, ["waspada", "staff", "admin", ...context]);
  return result.score < MIN_SCORE ? "password-too-common" : undefined;
}

/** The problem in English, for the command line; the dashboard words the code itself. */
export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem) {
    case "password-too-short":
      return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long; a few unrelated words make a good one.`;
    case "password-too-long":
      return `The password may be at most ${MAX_PASSWORD_LENGTH} characters long.`;
    case "password-too-common":
      return "That password is too common or too easy to guess (a known password, a keyboard pattern or the account name). Choose another.";
  }
}
