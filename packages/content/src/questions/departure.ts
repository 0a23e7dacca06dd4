/**
 * Departure and transit: documents, visas, routes, a destination that changes on the way
 * (red flags rf16–rf20, with rf13 and the document service).
 * Text: locales/{lng}/questions.json, keyed by question id.
 */
import type { BankQuestion } from "../types";
import { flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const whatsappBrokerParts = partsInOrder(null, "rf07", "rf12", "rf17", "rf06", "rf05", "rf18", null);
const transitChatParts = partsInOrder(null, "rf19", "rf16", "rf18a", "rf20", null);

export const departureQuestions: BankQuestion[] = [
  {
    id: "unofficial-route", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(3, "a"), redFlags: ["rf18", "rf17"],
    sources: [cite.nonProceduralDefinition, cite.bbc2025Brokers, cite.undocumentedVulnerable],
  },
  {
    id: "destination-changed", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf19"],
    sources: [cite.armandhanu2025StoryB],
  },
  {
    id: "border-zones", kind: "single", stage: "departure", difficulty: 3,
    options: optionsWith(3, "a"), redFlags: ["rf20"],
    sources: [cite.ochr2023EconomicZones, cite.pinatih2023WeakBorders],
  },
  {
    id: "not-safe-migration", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(4, "d"), redFlags: ["rf07", "rf15", "rf17"],
    sources: [cite.nonProceduralDefinition, cite.bbc2025Brokers, cite.registrationSupervised, cite.yuwanti2021RightsTraining],
  },
  {
    id: "village-documents", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(3, "b"), redFlags: ["rf18a", "rf15"],
    sources: [cite.migrantCare2024Documents, cite.lazarus2025Forgery],
  },
  {
    id: "tourist-visa", kind: "trueFalse", stage: "departure", difficulty: 1,
    answer: false, redFlags: ["rf16", "rf17"],
    sources: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas],
  },
  {
    id: "cambodia-agreement", kind: "trueFalse", stage: "departure", difficulty: 2,
    answer: false, redFlags: ["rf13"],
    sources: [cite.antara2025NoAgreement, cite.kp2mi2025EmergencyChannel],
  },
  {
    id: "spot-whatsapp-broker", kind: "spot", stage: "departure", difficulty: 2, look: "chat",
    parts: whatsappBrokerParts, redFlags: flagsShown(whatsappBrokerParts),
    sources: [
      cite.bbc2025Brokers, cite.fauzan2025GamblingTowns, cite.trappedWithOtherJobs,
      cite.nonProceduralDefinition, cite.undocumentedVulnerable,
    ],
  },
  {
    id: "spot-transit-chat", kind: "spot", stage: "departure", difficulty: 3, look: "chat",
    parts: transitChatParts, redFlags: flagsShown(transitChatParts),
    sources: [cite.armandhanu2025StoryB, cite.ngo2023TouristVisas, cite.lazarus2025Forgery, cite.ochr2023EconomicZones],
  },
];
