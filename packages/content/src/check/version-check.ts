import { createHash } from "node:crypto";
import type { QuizDefinition } from "@waspada/quiz-engine";

/**
 * Each released version of a quiz, with the fingerprint of its definition (ids, answers, branches).
 * Stored results and quizzes in progress name a version; if the definition changed under the same
 * version, old answers would be scored against new questions. So a change must come with a new
 * version, recorded here (content:check prints the fingerprint to add).
 */
export const RELEASED_QUIZZES: Record<string, Record<number, string>> = {
  "waspada-core": {
    1: "61620396b7b42188f5e66b8ba5e9a4056175b9189d49f10415b4e844bbe5f034",
    // v2 as the engine scores it: the same ids, answers and branches as when it was released, now
    // without the content-only `published` field that was first carried along (was 55afce80…).
    2: "6c27789393fe0813fe5fed1caa24ce57a085e9a8b594492859b7ad9f23151903",
  },
};

/** SHA-256 of the definition as canonical JSON (keys sorted), so formatting and key order do not count. */
export function quizFingerprint(definition: QuizDefinition): string {
  return createHash("sha256").update(canonical(definition)).digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function versionProblems(definition: QuizDefinition, released = RELEASED_QUIZZES): string[] {
  const fingerprint = quizFingerprint(definition);
  const recorded = released[definition.id]?.[definition.version];
  if (recorded === undefined) {
    return [`quiz ${definition.id} v${definition.version} is not recorded: add ${definition.version}: "${fingerprint}" to RELEASED_QUIZZES in src/check/version-check.ts`];
  }
  if (recorded !== fingerprint) {
    return [`quiz ${definition.id} changed but is still v${definition.version}: bump its version in src/quiz.ts and record the new fingerprint ${fingerprint}`];
  }
  return [];
}
