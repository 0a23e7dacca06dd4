/**
 * Key figures for the home page, each with the one line of a seed it comes from.
 * Chosen because they speak to a job-seeker: how many go, how many are trapped, what they were
 * promised. Text: locales/{lng}/home.json → `figures.{id}.value|label`.
 */
import { ref } from "./refs";
import type { Figure } from "./types";

export const figures: Figure[] = [
  { id: "cambodia-workers", source: ref("000", "L33–L35", "ANTARA, 2025") },
  { id: "scam-compounds", source: ref("000", "L37", "Amnesty International, n.d.") },
  { id: "police-victims", source: ref("002", "L33", "Valerisella dkk, 2025") },
  { id: "promised-pay", source: ref("002", "L43", "Yanggolo dkk, 2024") },
  { id: "lapor-diri", source: ref("002", "L39–L41", "Pramudyani, 2024") },
];
