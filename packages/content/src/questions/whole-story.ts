/**
 * The rest of the story: hidden domestic work (Malaysia, women migrants), other forms of
 * exploitation, bribes and corrupt officials, witnesses' fear of long trials and where protection
 * exists, the official route step by step, registering your stay abroad, no placement agreement
 * with Cambodia, Myanmar or Thailand, and recent figures. Facts the studies do not hold come from
 * published pages (`published`: channels.ts). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const domesticAdvertParts = partsInOrder(null, "rf05", "rf06", "rf16", "rf36", null);

export const wholeStoryQuestions: BankQuestion[] = [
  {
    id: "domestic-work-hidden", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf36", "rf38"],
    sources: [cite.domesticWorkHidden, cite.ernst2023InformalWork, cite.yuwanti2021RightsTraining],
  },
  {
    id: "private-home-safer", kind: "trueFalse", stage: "destination", difficulty: 2,
    answer: false, redFlags: ["rf36"],
    sources: [cite.domesticWorkHidden],
  },
  {
    id: "spot-domestic-work-advert", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: domesticAdvertParts, redFlags: flagsShown(domesticAdvertParts),
    sources: [cite.domesticWorkHidden, cite.bbc2025Brokers, cite.ngo2023TouristVisas],
    published: ["placement-costs"],
  },
  {
    id: "purposes-of-trafficking", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf37"],
    sources: [cite.smerchuar2023Purposes, cite.adhinata2012ActMeansPurpose, cite.ilo2022ForcedLabour],
  },
  {
    id: "only-factory-work", kind: "trueFalse", stage: "recruitment", difficulty: 1,
    answer: false, redFlags: ["rf37"],
    sources: [cite.smerchuar2023Purposes, cite.luthfi2025ForcedScams],
  },
  {
    id: "uniform-asks-bribe", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf39", "rf18a"],
    sources: [cite.shehdula2024Officials, cite.unodc2021Corruption],
    published: ["check-licence"],
  },
  {
    id: "corruption-lets-traffickers-go", kind: "trueFalse", stage: "destination", difficulty: 3,
    answer: true, redFlags: ["rf39"],
    sources: [cite.albayumi2022Impunity, cite.shehdula2024Officials],
  },
  {
    id: "afraid-to-testify", kind: "single", stage: "return", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf42"],
    sources: [cite.priyono2020Testimony, cite.migrantCareCaseHandling],
    published: ["lpsk"],
  },
  {
    id: "story-witness", kind: "scenario", stage: "return", difficulty: 3, start: "s1",
    redFlags: ["rf42", "rf39", "rf07", "rf16", "rf10"],
    steps: [
      { id: "s1", choices: [
        { id: "s1a", next: "s2", safe: true },
        { id: "s1b", ending: "bad", safe: false, redFlags: ["rf42"] },
      ] },
      { id: "s2", choices: [
        { id: "s2a", next: "s3", safe: true },
        { id: "s2b", ending: "bad", safe: false, redFlags: ["rf39"] },
      ] },
      { id: "s3", choices: [
        { id: "s3a", next: "s4", safe: true },
        { id: "s3b", ending: "bad", safe: false, redFlags: ["rf07", "rf16"] },
      ] },
      { id: "s4", choices: [
        { id: "s4a", ending: "good", safe: true },
        { id: "s4b", ending: "bad", safe: false, redFlags: ["rf10"] },
      ] },
    ],
    sources: [
      cite.priyono2020Testimony, cite.migrantCareCaseHandling, cite.shehdula2024Officials,
      cite.bbc2025Brokers, cite.ngo2023TouristVisas, cite.armandhanu2025InPerson,
    ],
    published: ["lpsk"],
  },
  {
    id: "official-route-steps", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf15", "rf16", "rf17"],
    sources: [cite.registrationSupervised],
    published: ["official-route", "check-licence"],
  },
  {
    id: "contract-after-arrival", kind: "trueFalse", stage: "departure", difficulty: 1,
    answer: false, redFlags: ["rf17"],
    sources: [cite.registrationSupervised],
    published: ["official-route"],
  },
  {
    id: "register-your-stay", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf21"],
    sources: [cite.pramudyani2024SelfReport],
    published: ["lapor-diri"],
  },
  {
    id: "agreement-thailand-myanmar", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf13"],
    sources: [cite.antara2025NoAgreement],
    published: ["no-agreement"],
  },
  {
    id: "phnom-penh-cases-2025", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf12"],
    sources: [],
    published: ["phnom-penh-2025", "not-all-victims"],
  },
  {
    id: "sponsor-says-licensed", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf07", "rf15"],
    sources: [cite.bbc2025Brokers],
    published: ["check-licence"],
  },
];
