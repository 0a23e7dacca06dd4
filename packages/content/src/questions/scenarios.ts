/**
 * Three short branching stories built on the victims' stories the studies tell: A, a job found through
 * a video call; B, the Vietnam factory that became Bavet; C, a family after the Sihanoukville case.
 * A choice's red flags are the ones the player walks past by taking it. Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import * as cite from "./citations";

export const scenarioQuestions: BankQuestion[] = [
  {
    id: "story-video-call-job", kind: "scenario", stage: "recruitment", difficulty: 2, start: "s1",
    redFlags: ["rf01", "rf03", "rf04", "rf09", "rf13", "rf08", "rf05", "rf16", "rf26", "rf27", "rf28", "rf29"],
    steps: [
      { id: "s1", choices: [
        { id: "s1a", next: "s2", safe: true },
        { id: "s1b", next: "s3", safe: false, redFlags: ["rf01", "rf03", "rf04", "rf09"] },
      ] },
      { id: "s2", choices: [
        { id: "s2a", ending: "good", safe: true },
        { id: "s2b", next: "s3", safe: false, redFlags: ["rf13"] },
      ] },
      { id: "s3", choices: [
        { id: "s3a", ending: "good", safe: true },
        { id: "s3b", next: "s4", safe: false, redFlags: ["rf08", "rf05", "rf16"] },
      ] },
      { id: "s4", choices: [
        { id: "s4a", ending: "good", safe: true },
        { id: "s4b", ending: "bad", safe: false, redFlags: ["rf26", "rf27", "rf28", "rf29"] },
      ] },
    ],
    sources: [
      cite.yanggolo2024StoryA, cite.lee2024SocialMedia, cite.migrantCare2024Ppit, cite.antara2025NoAgreement,
      cite.kp2mi2025EmergencyChannel, cite.bbc2025Brokers, cite.ngo2023TouristVisas, cite.migrantCareCaseHandling,
    ],
  },
  {
    id: "story-vietnam-factory", kind: "scenario", stage: "departure", difficulty: 2, start: "s1",
    redFlags: ["rf10", "rf03", "rf05", "rf19", "rf16", "rf25", "rf27", "rf31", "rf33"],
    steps: [
      { id: "s1", choices: [
        { id: "s1a", ending: "good", safe: true },
        { id: "s1b", next: "s2", safe: false, redFlags: ["rf10", "rf03", "rf05"] },
      ] },
      { id: "s2", choices: [
        { id: "s2a", ending: "good", safe: true },
        { id: "s2b", next: "s3", safe: false, redFlags: ["rf19", "rf16"] },
      ] },
      { id: "s3", choices: [
        { id: "s3a", next: "s4", safe: true },
        { id: "s3b", ending: "bad", safe: false, redFlags: ["rf25", "rf27", "rf31"] },
      ] },
      { id: "s4", choices: [
        { id: "s4a", ending: "good", safe: true },
        { id: "s4b", ending: "bad", safe: false, redFlags: ["rf33"] },
      ] },
    ],
    sources: [
      cite.armandhanu2025StoryB, cite.bbc2025Brokers, cite.migrantCare2024Ppit, cite.migrantCare2024Sosialisasi, cite.ngo2023TouristVisas,
      cite.bales2014Control, cite.migrantCareCaseHandling, cite.kp2mi2025EmergencyChannel,
    ],
  },
  {
    id: "story-sihanoukville-family", kind: "scenario", stage: "return", difficulty: 3, start: "s1",
    redFlags: ["rf11", "rf28", "rf23", "rf24", "rf41", "rf07", "rf05", "rf17"],
    steps: [
      { id: "s1", choices: [
        { id: "s1a", next: "s2", safe: true },
        { id: "s1b", ending: "bad", safe: false, redFlags: ["rf11", "rf28", "rf23", "rf24"] },
      ] },
      { id: "s2", choices: [
        { id: "s2a", next: "s3", safe: true },
        { id: "s2b", next: "s3", safe: false, redFlags: ["rf41"] },
      ] },
      { id: "s3", choices: [
        { id: "s3a", next: "s4", safe: true },
        { id: "s3b", ending: "bad", safe: false },
      ] },
      { id: "s4", choices: [
        { id: "s4a", ending: "good", safe: true },
        { id: "s4b", ending: "bad", safe: false, redFlags: ["rf07", "rf05", "rf17"] },
      ] },
    ],
    sources: [
      cite.rri2022Sihanoukville, cite.migrantCareCaseHandling, cite.kp2mi2025EmergencyChannel,
      cite.undocumentedLessAttention, cite.donnelly2013RightsForAll, cite.migrantCare2024Returnees,
      cite.bbc2025Brokers, cite.nonProceduralDefinition, cite.undocumentedVulnerable,
    ],
  },
];
