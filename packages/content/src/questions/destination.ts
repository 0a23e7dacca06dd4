/**
 * At destination: the signs of control and exploitation, and what family can do
 * (red flags rf21–rf33, and the help channels). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { explained, flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const siblingMessageParts = partsInOrder(null, "rf22", "rf23", "rf25", "rf26", "rf27", "rf31", null);
const friendWorkplaceParts = partsInOrder(null, "rf32", "rf28", "rf29", "rf30", "rf33", "rf21", null);

export const destinationQuestions: BankQuestion[] = [
  {
    id: "passport-safekeeping", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(4, "c"), redFlags: ["rf22"],
    ...explained({
      why: [], a: [cite.yulisman2025Passports], b: [cite.yulisman2025Passports], c: [cite.yulisman2025Passports], d: [cite.yulisman2025Passports],
    }),
  },
  {
    // The options are amounts, largest first, so their order carries meaning.
    id: "self-report-embassy", kind: "single", stage: "destination", difficulty: 3,
    options: optionsWith(3, "c"), shuffle: false, redFlags: ["rf21"],
    ...explained({
      why: ["lapor-diri"], a: [cite.pramudyani2024SelfReport], b: [cite.pramudyani2024SelfReport], c: [cite.pramudyani2024SelfReport],
    }),
  },
  {
    id: "promise-vs-reality", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf32", "rf04", "rf26", "rf27", "rf29"],
    ...explained({
      why: [], a: [cite.yanggolo2024StoryA], b: [cite.yanggolo2024StoryA], c: [cite.yanggolo2024StoryA],
    }),
  },
  {
    id: "sibling-locked-in", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(4, "d"), redFlags: ["rf23", "rf24", "rf28"],
    ...explained({
      why: [], a: [cite.rri2022Sihanoukville], b: [cite.migrantCareHotline, cite.kp2mi2025EmergencyChannel], c: [cite.rri2022Sihanoukville],
      d: [cite.migrantCareHotline, cite.kp2mi2025EmergencyChannel],
    }),
  },
  {
    id: "forced-scam-work", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf31"],
    ...explained({
      why: [cite.luthfi2025ForcedScams], a: [cite.yulisman2025Passports, cite.luthfi2025ForcedScams], b: [cite.yulisman2025Passports],
      c: [cite.pramudyani2024Sectors, cite.yulisman2025Passports],
    }),
  },
  {
    id: "cannot-go-home", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf33"],
    ...explained({
      why: [], a: [cite.bales2014Control], b: [cite.bales2014Control], c: [cite.bales2014Control],
    }),
  },
  {
    id: "targets-discipline", kind: "trueFalse", stage: "destination", difficulty: 1,
    answer: false, redFlags: ["rf28", "rf29", "rf30"],
    ...explained({
      why: [cite.migrantCareHotline], true: [cite.rri2022Sihanoukville, cite.yanggolo2024StoryA], false: [cite.yanggolo2024StoryA],
    }),
  },
  {
    id: "spot-sibling-message", kind: "spot", stage: "destination", difficulty: 1, look: "chat",
    parts: siblingMessageParts, redFlags: flagsShown(siblingMessageParts),
    ...explained({
      why: [cite.migrantCareHotline, cite.kp2mi2025EmergencyChannel], p1: [], p2: [cite.yulisman2025Passports], p3: [cite.bambar2022LegalDefinition],
      p4: [cite.armandhanu2025StoryB], p5: [cite.yanggolo2024StoryA], p6: [cite.yanggolo2024StoryA], p7: [cite.luthfi2025ForcedScams], p8: [],
    }),
  },
  {
    id: "spot-friend-workplace", kind: "spot", stage: "destination", difficulty: 3, look: "chat",
    parts: friendWorkplaceParts, redFlags: flagsShown(friendWorkplaceParts),
    ...explained({
      why: [], p1: [], p2: [cite.rri2022Sihanoukville], p3: [cite.rri2022Sihanoukville], p4: [cite.yanggolo2024StoryA],
      p5: [cite.amnestyScamCompounds], p6: [cite.bales2014Control], p7: [cite.pramudyani2024SelfReport, "lapor-diri"], p8: [],
    }),
  },
];
