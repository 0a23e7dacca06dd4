/**
 * The opening and closing check of a village session: the same three true-or-false sentences,
 * asked before and after the quiz, each about one red flag of the catalogue, whose sources it
 * cites. Text: locales/{lng}/session.json → `check.items.{id}`.
 */
import { redFlagById } from "./red-flags";
import type { SourceRef } from "./types";

export interface SessionCheck {
  id: string;
  /** Whether the sentence is true. */
  answer: boolean;
  redFlag: string;
}

export const sessionChecks: readonly SessionCheck[] = [
  { id: "passport", answer: false, redFlag: "rf22" },
  { id: "broker", answer: false, redFlag: "rf07" },
  { id: "salary", answer: true, redFlag: "rf03" },
];

/** The sources of a check: those of the red flag it asks about. */
export function sessionCheckSources(check: SessionCheck): SourceRef[] {
  const flag = redFlagById(check.redFlag);
  if (!flag) throw new Error(`Session check "${check.id}" names an unknown red flag "${check.redFlag}".`);
  return flag.sources;
}
