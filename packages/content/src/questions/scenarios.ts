/**
 * Three short branching stories built on the victims' stories the studies tell: A, a job found through
 * a video call; B, the Vietnam factory that became Bavet; C, a family after the Sihanoukville case.
 * A choice's red flags are the ones the player walks past by taking it. Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { explained } from "./build";
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
    ...explained({
      why: [], s1a: [cite.migrantCare2024Ppit, "check-licence"], s1b: [cite.yanggolo2024StoryA], s2a: [cite.antara2025NoAgreement],
      s2b: [cite.kp2mi2025EmergencyChannel], s3a: [cite.yanggolo2024StoryA, cite.bbc2025Brokers, cite.ngo2023TouristVisas],
      s3b: [cite.yanggolo2024StoryA, cite.bbc2025Brokers, cite.ngo2023TouristVisas], s4a: [cite.migrantCareHotline], s4b: [cite.kp2mi2025EmergencyChannel],
    }),
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
    ...explained({
      why: [], s1a: [cite.migrantCare2024Ppit, cite.migrantCare2024Sosialisasi, "check-licence"], s1b: [cite.armandhanu2025InPerson],
      s2a: [cite.armandhanu2025StoryB, cite.ngo2023TouristVisas], s2b: [cite.armandhanu2025StoryB], s3a: [cite.migrantCareWithGovernment],
      s3b: [cite.armandhanu2025StoryB], s4a: [cite.migrantCareHotline, cite.kp2mi2025EmergencyChannel], s4b: [cite.bales2014Control],
    }),
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
    ...explained({
      why: [], s1a: [cite.migrantCareHotline, cite.kp2mi2025EmergencyChannel], s1b: [cite.rri2022Sihanoukville], s2a: [cite.donnelly2013RightsForAll],
      s2b: [cite.undocumentedLessAttention], s3a: [cite.migrantCareWithGovernment, cite.migrantCareCounselling, "kp2mi-history"],
      s3b: [cite.migrantCareWithGovernment], s4a: [cite.migrantCare2024Returnees], s4b: [cite.bbc2025Brokers, cite.undocumentedVulnerable],
    }),
  },
];
