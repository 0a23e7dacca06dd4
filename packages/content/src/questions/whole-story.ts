/**
 * The rest of the story: hidden domestic work (Malaysia, women migrants), other forms of
 * exploitation, bribes and corrupt officials, witnesses' fear of long trials and where protection
 * exists, the official route step by step, registering your stay abroad, no placement agreement
 * with Cambodia, Myanmar or Thailand, and recent figures. Facts the studies do not hold come from
 * published pages (`published`: channels.ts). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { explained, flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const domesticAdvertParts = partsInOrder(null, "rf05", "rf06", "rf16", "rf36", null);

export const wholeStoryQuestions: BankQuestion[] = [
  {
    id: "domestic-work-hidden", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf36", "rf38"],
    ...explained({
      why: [], a: [cite.domesticWorkHidden], b: [cite.domesticWorkHidden], c: [cite.domesticWorkHidden],
    }),
  },
  {
    id: "private-home-safer", kind: "trueFalse", stage: "destination", difficulty: 2,
    answer: false, redFlags: ["rf36"],
    ...explained({
      why: [], true: [cite.domesticWorkHidden], false: [cite.domesticWorkHidden],
    }),
  },
  {
    id: "spot-domestic-work-advert", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: domesticAdvertParts, redFlags: flagsShown(domesticAdvertParts),
    ...explained({
      why: ["official-route"], p1: [], p2: [cite.bbc2025Brokers], p3: ["placement-costs"],
      p4: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas], p5: [cite.domesticWorkHidden], p6: ["check-licence"],
    }),
  },
  {
    id: "purposes-of-trafficking", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf37"],
    ...explained({
      why: [], a: [cite.smerchuar2023Purposes], b: [cite.adhinata2012ActMeansPurpose], c: [cite.smerchuar2023Purposes],
    }),
  },
  {
    id: "only-factory-work", kind: "trueFalse", stage: "recruitment", difficulty: 1,
    answer: false, redFlags: ["rf37"],
    ...explained({
      why: [], true: [cite.smerchuar2023Purposes, cite.luthfi2025ForcedScams], false: [cite.smerchuar2023Purposes, cite.luthfi2025ForcedScams],
    }),
  },
  {
    id: "uniform-asks-bribe", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf39", "rf18a"],
    ...explained({
      why: [cite.unodc2021Corruption], a: [cite.shehdula2024Officials], b: [cite.unodc2021Corruption, "check-licence"], c: [cite.unodc2021Corruption],
    }),
  },
  {
    id: "corruption-lets-traffickers-go", kind: "trueFalse", stage: "destination", difficulty: 3,
    answer: true, redFlags: ["rf39"],
    ...explained({
      why: [], true: [cite.albayumi2022Impunity], false: [cite.albayumi2022Impunity, cite.shehdula2024Officials],
    }),
  },
  {
    id: "afraid-to-testify", kind: "single", stage: "return", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf42"],
    ...explained({
      why: [cite.migrantCareWithGovernment, "lpsk"], a: [cite.priyono2020Testimony, "lpsk"], b: [cite.priyono2020Testimony], c: [cite.priyono2020Testimony],
    }),
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
    ...explained({
      why: ["lpsk"], s1a: [cite.migrantCareWithGovernment, "lpsk"], s1b: [cite.priyono2020Testimony, "lpsk"], s2a: ["lpsk"], s2b: ["lpsk"],
      s3a: ["official-route", "check-licence"], s3b: [cite.bbc2025Brokers, cite.ngo2023TouristVisas], s4a: ["check-licence"], s4b: [cite.armandhanu2025InPerson],
    }),
  },
  {
    id: "official-route-steps", kind: "single", stage: "departure", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf15", "rf16", "rf17"],
    ...explained({
      why: ["check-licence"], a: ["official-route"], b: ["official-route"], c: [cite.registrationSupervised],
    }),
  },
  {
    id: "contract-after-arrival", kind: "trueFalse", stage: "departure", difficulty: 1,
    answer: false, redFlags: ["rf17"],
    ...explained({
      why: [], true: ["official-route"], false: ["official-route"],
    }),
  },
  {
    id: "register-your-stay", kind: "single", stage: "destination", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf21"],
    ...explained({
      why: ["lapor-diri"], a: ["lapor-diri"], b: ["lapor-diri"], c: ["lapor-diri", cite.pramudyani2024SelfReport],
    }),
  },
  {
    id: "agreement-thailand-myanmar", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf13"],
    ...explained({
      why: ["no-agreement", cite.antara2025NoAgreement], true: ["no-agreement"], false: ["no-agreement"],
    }),
  },
  {
    id: "phnom-penh-cases-2025", kind: "single", stage: "destination", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf12"],
    ...explained({
      why: ["not-all-victims"], a: ["phnom-penh-2025"], b: ["phnom-penh-2025", "not-all-victims"], c: ["phnom-penh-2025"],
    }),
  },
  {
    id: "sponsor-says-licensed", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf07", "rf15"],
    ...explained({
      why: [], a: [cite.bbc2025Brokers], b: ["check-licence", cite.yulisman2025Passports], c: ["check-licence"],
    }),
  },
];
