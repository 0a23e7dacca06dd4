/**
 * At destination: the signs of control and exploitation, and what family can do
 * (red flags rf21–rf33, and the help channels). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const siblingMessageParts = partsInOrder(null, "rf22", "rf23", "rf25", "rf26", "rf27", "rf31", null);
const friendWorkplaceParts = partsInOrder(null, "rf32", "rf28", "rf29", "rf30", "rf33", "rf21", null);

export const destinationQuestions: BankQuestion[] = [
  {
    id: "passport-safekeeping", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(4, "c"), redFlags: ["rf22"],
    sources: [cite.yulisman2025Passports],
  },
  {
    // The options are amounts, largest first, so their order carries meaning.
    id: "self-report-embassy", kind: "single", stage: "destination", difficulty: 3,
    options: optionsWith(3, "c"), shuffle: false, redFlags: ["rf21"],
    sources: [cite.pramudyani2024SelfReport],
  },
  {
    id: "promise-vs-reality", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf32", "rf04", "rf26", "rf27", "rf29"],
    sources: [cite.yanggolo2024StoryA],
  },
  {
    id: "sibling-locked-in", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(4, "d"), redFlags: ["rf23", "rf24", "rf28"],
    sources: [cite.rri2022Sihanoukville, cite.kp2mi2025EmergencyChannel, cite.migrantCareCaseHandling],
  },
  {
    id: "forced-scam-work", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf31"],
    sources: [cite.yulisman2025Passports, cite.luthfi2025ForcedScams, cite.pramudyani2024Sectors],
  },
  {
    id: "cannot-go-home", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf33"],
    sources: [cite.bales2014Control],
  },
  {
    id: "targets-discipline", kind: "trueFalse", stage: "destination", difficulty: 1,
    answer: false, redFlags: ["rf28", "rf29", "rf30"],
    sources: [cite.yanggolo2024StoryA, cite.rri2022Sihanoukville, cite.migrantCareCaseHandling],
  },
  {
    id: "spot-sibling-message", kind: "spot", stage: "destination", difficulty: 1, look: "chat",
    parts: siblingMessageParts, redFlags: flagsShown(siblingMessageParts),
    sources: [
      cite.yulisman2025Passports, cite.bambar2022LegalDefinition, cite.armandhanu2025StoryB, cite.yanggolo2024StoryA,
      cite.luthfi2025ForcedScams, cite.migrantCareCaseHandling, cite.kp2mi2025EmergencyChannel,
    ],
  },
  {
    id: "spot-friend-workplace", kind: "spot", stage: "destination", difficulty: 3, look: "chat",
    parts: friendWorkplaceParts, redFlags: flagsShown(friendWorkplaceParts),
    sources: [
      cite.rri2022Sihanoukville, cite.yanggolo2024StoryA, cite.amnestyScamCompounds,
      cite.bales2014Control, cite.pramudyani2024SelfReport,
    ],
  },
];
