import { LinearSystem, shownCount, suppress, type Figure } from "@waspada/results";
import { MIN_PEOPLE } from "./figures";

/**
 * Which parts of a published total to hide, each part being a number of sessions and the people
 * in them (e.g. one facilitator code's share of all village sessions). Built on the results
 * package's suppression: a part from fewer than MIN_PEOPLE people is hidden, and then more parts
 * (the next smallest) until no hidden part follows from the shown ones and the totals
 * (Σ sessions and Σ people, which other pages publish). A part is hidden whole, sessions and
 * people together.
 */
export function hiddenParts(parts: readonly { sessions: number; people: number }[]): boolean[] {
  const system = new LinearSystem();
  const totalPeople = parts.reduce((sum, p) => sum + p.people, 0);
  const totalSessions = parts.reduce((sum, p) => sum + p.sessions, 0);
  const people = parts.map((p) => system.variable(p.people));
  const sessions = parts.map((p) => system.variable(p.sessions, true, p.people));
  system.sum(system.variable(totalPeople), people);
  system.sum(system.variable(totalSessions, true, totalPeople), sessions);
  const hidden = suppress(system, MIN_PEOPLE);
  return parts.map((_, i) => hidden[people[i]!]! || hidden[sessions[i]!]!);
}

/**
 * The parts as shown: hidden as hiddenParts decides (on the exact counts), every other count by
 * the one rule (shownCount: 1–9 reads "fewer than 10", the rest rounded to the nearest 5).
 */
export function shownParts(parts: readonly { sessions: number; people: number }[]): { sessions: Figure; people: Figure }[] {
  const hidden = hiddenParts(parts);
  return parts.map((p, i) => ({ sessions: shownCount(p.sessions, hidden[i]), people: shownCount(p.people, hidden[i]) }));
}
