/**
 * Recruitment: the advert, the broker, the promises (red flags rf01–rf15 and the legal "means").
 * Text: locales/{lng}/questions.json, keyed by question id.
 */
import type { BankQuestion } from "../types";
import { flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const facebookOperatorParts = partsInOrder(null, "rf09", "rf13", "rf03", "rf08", "rf05", "rf06", "rf04", "rf01", null);
const tiktokFactoryParts = partsInOrder(null, null, "rf03", "rf15", "rf18a", "rf14", null);
const telegramRecruiterParts = partsInOrder(null, "rf08", "rf09", "rf04", "rf06", "rf16", null);
const instagramInvestmentParts = partsInOrder(null, "rf11", "rf09", "rf03", "rf28", null, "rf01");

export const recruitmentQuestions: BankQuestion[] = [
  {
    id: "social-media-high-pay", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf01", "rf03"],
    sources: [cite.valerisella2025Police, cite.lee2024SocialMedia],
  },
  {
    id: "too-good-promises", kind: "single", stage: "recruitment", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf04", "rf03"],
    sources: [cite.lee2024SocialMedia, cite.goodPayBait, cite.registrationSupervised],
  },
  {
    id: "broker-fast-no-cost", kind: "single", stage: "recruitment", difficulty: 1,
    options: optionsWith(3, "b"), redFlags: ["rf07", "rf05", "rf06"],
    sources: [cite.bbc2025Brokers],
  },
  {
    id: "video-call-only", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf08"],
    sources: [cite.yanggolo2024StoryA, cite.migrantCare2024Ppit],
  },
  {
    id: "operator-job-title", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf09", "rf12", "rf31"],
    sources: [cite.yanggolo2024StoryA, cite.armandhanu2025StoryB, cite.bbc2025Brokers],
  },
  {
    id: "investment-company", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf11", "rf01", "rf03", "rf28", "rf24"],
    sources: [cite.rri2022Sihanoukville],
  },
  {
    id: "any-channel", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(4, "d"), redFlags: ["rf01", "rf10", "rf14"],
    sources: [cite.lee2024SocialMedia, cite.yulisman2025Passports, cite.armandhanu2025InPerson, cite.ochr2023WebPages],
  },
  {
    id: "gambling-job-opportunity", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf12", "rf02", "rf30"],
    sources: [cite.trappedWithOtherJobs, cite.amnestyScamCompounds, cite.martinus2024VictimProfile],
  },
  {
    id: "means-of-trafficking", kind: "single", stage: "recruitment", difficulty: 3,
    options: optionsWith(3, "c"), redFlags: ["rf35", "rf34"],
    sources: [cite.adhinata2012ActMeansPurpose, cite.bambar2022LegalDefinition],
  },
  {
    id: "met-recruiter-in-person", kind: "trueFalse", stage: "recruitment", difficulty: 1,
    answer: false, redFlags: ["rf10"],
    sources: [cite.armandhanu2025InPerson],
  },
  {
    id: "anyone-can-be-trapped", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf31", "rf12"],
    sources: [cite.martinus2024VictimProfile],
  },
  {
    id: "clear-job-title", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf02", "rf32"],
    sources: [cite.tempo2024FakeAdverts, cite.armandhanu2025StoryB, cite.trappedWithOtherJobs],
  },
  {
    id: "spot-facebook-operator", kind: "spot", stage: "recruitment", difficulty: 1, look: "advert",
    parts: facebookOperatorParts, redFlags: flagsShown(facebookOperatorParts),
    sources: [
      cite.yanggolo2024StoryA, cite.antara2025NoAgreement, cite.bbc2025Brokers,
      cite.lee2024SocialMedia, cite.yulisman2025Passports,
    ],
  },
  {
    id: "spot-tiktok-factory", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: tiktokFactoryParts, redFlags: flagsShown(tiktokFactoryParts),
    sources: [cite.armandhanu2025StoryB, cite.registrationSupervised, cite.lazarus2025Forgery, cite.ochr2023WebPages],
  },
  {
    id: "spot-telegram-recruiter", kind: "spot", stage: "recruitment", difficulty: 2, look: "chat",
    parts: telegramRecruiterParts, redFlags: flagsShown(telegramRecruiterParts),
    sources: [cite.yanggolo2024StoryA, cite.bbc2025Brokers, cite.nonProceduralDefinition, cite.ngo2023TouristVisas],
  },
  {
    id: "spot-instagram-investment", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: instagramInvestmentParts, redFlags: flagsShown(instagramInvestmentParts),
    sources: [cite.rri2022Sihanoukville, cite.armandhanu2025StoryB, cite.lee2024SocialMedia],
  },
];
