/**
 * Departure and transit: documents, visas, routes, a destination that changes on the way
 * (red flags rf16–rf20, with rf13 and the document service).
 * Text: locales/{lng}/questions.json, keyed by question id.
 */
import type { BankQuestion } from "../types";
import { explained, flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const whatsappBrokerParts = partsInOrder(null, "rf07", "rf12", "rf17", "rf06", "rf05", "rf18", null);
const transitChatParts = partsInOrder(null, "rf19", "rf16", "rf18a", "rf20", null);

export const departureQuestions: BankQuestion[] = [
  {
    id: "unofficial-route", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(3, "a"), redFlags: ["rf18", "rf17"],
    ...explained({
      why: [], a: [cite.nonProceduralDefinition, cite.bbc2025Brokers], b: [cite.undocumentedVulnerable], c: [cite.nonProceduralDefinition],
    }),
  },
  {
    id: "destination-changed", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf19"],
    ...explained({
      why: [], a: [cite.armandhanu2025StoryB], b: [cite.armandhanu2025StoryB], c: [cite.armandhanu2025StoryB],
    }),
  },
  {
    id: "border-zones", kind: "single", stage: "departure", difficulty: 3,
    options: optionsWith(3, "a"), redFlags: ["rf20"],
    ...explained({
      why: [], a: [cite.ochr2023EconomicZones], b: [cite.ochr2023EconomicZones], c: [cite.pinatih2023WeakBorders],
    }),
  },
  {
    id: "not-safe-migration", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(4, "d"), redFlags: ["rf07", "rf15", "rf17"],
    ...explained({
      why: [], a: [cite.nonProceduralDefinition], b: [cite.registrationSupervised], c: [cite.yuwanti2021RightsTraining], d: [cite.bbc2025Brokers],
    }),
  },
  {
    id: "village-documents", kind: "single", stage: "departure", difficulty: 1,
    options: optionsWith(3, "b"), redFlags: ["rf18a", "rf15"],
    ...explained({
      why: [cite.migrantCare2024Documents], a: [cite.lazarus2025Forgery], b: [cite.migrantCare2024Documents], c: [cite.migrantCare2024Documents],
    }),
  },
  {
    id: "tourist-visa", kind: "trueFalse", stage: "departure", difficulty: 1,
    answer: false, redFlags: ["rf16", "rf17"],
    ...explained({
      why: [], true: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas], false: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas],
    }),
  },
  {
    id: "cambodia-agreement", kind: "trueFalse", stage: "departure", difficulty: 2,
    answer: false, redFlags: ["rf13"],
    ...explained({
      why: [cite.kp2mi2025EmergencyChannel], true: [cite.antara2025NoAgreement], false: [cite.antara2025NoAgreement],
    }),
  },
  {
    id: "spot-whatsapp-broker", kind: "spot", stage: "departure", difficulty: 2, look: "chat",
    parts: whatsappBrokerParts, redFlags: flagsShown(whatsappBrokerParts),
    ...explained({
      why: [], p1: [], p2: [cite.bbc2025Brokers], p3: [cite.fauzan2025GamblingTowns, cite.trappedWithOtherJobs],
      p4: [cite.nonProceduralDefinition, cite.undocumentedVulnerable], p5: [cite.bbc2025Brokers], p6: [cite.bbc2025Brokers], p7: [cite.bbc2025Brokers], p8: [],
    }),
  },
  {
    id: "spot-transit-chat", kind: "spot", stage: "departure", difficulty: 3, look: "chat",
    parts: transitChatParts, redFlags: flagsShown(transitChatParts),
    ...explained({
      why: [], p1: [], p2: [cite.armandhanu2025StoryB], p3: [cite.ngo2023TouristVisas], p4: [cite.lazarus2025Forgery], p5: [cite.ochr2023EconomicZones], p6: [],
    }),
  },
];
