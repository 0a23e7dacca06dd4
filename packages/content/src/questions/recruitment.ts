/**
 * Recruitment: the advert, the broker, the promises (red flags rf01–rf15 and the legal "means").
 * Text: locales/{lng}/questions.json, keyed by question id.
 */
import type { BankQuestion } from "../types";
import { explained, flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const facebookOperatorParts = partsInOrder(null, "rf09", "rf13", "rf03", "rf08", "rf05", "rf06", "rf04", "rf01", null);
const tiktokFactoryParts = partsInOrder(null, null, "rf03", "rf15", "rf18a", "rf14", null);
const telegramRecruiterParts = partsInOrder(null, "rf08", "rf09", "rf04", "rf06", "rf16", null);
const instagramInvestmentParts = partsInOrder(null, "rf11", "rf09", "rf03", "rf28", null, "rf01");

export const recruitmentQuestions: BankQuestion[] = [
  {
    id: "social-media-high-pay", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf01", "rf03"],
    ...explained({
      why: [cite.lee2024SocialMedia], a: [cite.valerisella2025Police], b: [cite.valerisella2025Police], c: [cite.lee2024SocialMedia],
    }),
  },
  {
    id: "too-good-promises", kind: "single", stage: "recruitment", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf04", "rf03"],
    ...explained({
      why: [cite.goodPayBait], a: [cite.lee2024SocialMedia], b: [cite.registrationSupervised], c: [cite.registrationSupervised],
    }),
  },
  {
    id: "broker-fast-no-cost", kind: "single", stage: "recruitment", difficulty: 1,
    options: optionsWith(3, "b"), redFlags: ["rf07", "rf05", "rf06"],
    ...explained({
      why: [], a: [cite.bbc2025Brokers], b: [cite.bbc2025Brokers], c: [cite.bbc2025Brokers],
    }),
  },
  {
    id: "video-call-only", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "c"), redFlags: ["rf08"],
    ...explained({
      why: [cite.yanggolo2024StoryA], a: [cite.yanggolo2024StoryA], b: [cite.yanggolo2024StoryA], c: ["check-licence", cite.migrantCare2024Ppit, cite.desbumiVillages],
    }),
  },
  {
    id: "operator-job-title", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf09", "rf12", "rf31"],
    ...explained({
      why: [], a: [cite.yanggolo2024StoryA, cite.bbc2025Brokers], b: [cite.yanggolo2024StoryA], c: [cite.armandhanu2025StoryB],
    }),
  },
  {
    id: "investment-company", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf11", "rf01", "rf03", "rf28", "rf24"],
    ...explained({
      why: [cite.rri2022Sihanoukville], a: [cite.rri2022Sihanoukville], b: [cite.rri2022Sihanoukville], c: [cite.rri2022Sihanoukville],
    }),
  },
  {
    id: "any-channel", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(4, "d"), redFlags: ["rf01", "rf10", "rf14"],
    ...explained({
      why: [], a: [cite.lee2024SocialMedia], b: [cite.lee2024SocialMedia, cite.armandhanu2025InPerson], c: [cite.ochr2023WebPages, cite.lee2024SocialMedia],
      d: [cite.lee2024SocialMedia, cite.yulisman2025Passports, cite.ochr2023WebPages, cite.armandhanu2025InPerson],
    }),
  },
  {
    id: "gambling-job-opportunity", kind: "single", stage: "recruitment", difficulty: 2,
    options: optionsWith(3, "b"), redFlags: ["rf12", "rf02", "rf30"],
    ...explained({
      why: [cite.trappedWithOtherJobs], a: [cite.amnestyScamCompounds], b: [cite.trappedWithOtherJobs, cite.amnestyScamCompounds], c: [cite.martinus2024VictimProfile],
    }),
  },
  {
    id: "means-of-trafficking", kind: "single", stage: "recruitment", difficulty: 3,
    options: optionsWith(3, "c"), redFlags: ["rf35", "rf34"],
    ...explained({
      why: [cite.bambar2022LegalDefinition], a: [cite.adhinata2012ActMeansPurpose], b: [cite.adhinata2012ActMeansPurpose], c: [cite.bambar2022LegalDefinition],
    }),
  },
  {
    id: "met-recruiter-in-person", kind: "trueFalse", stage: "recruitment", difficulty: 1,
    answer: false, redFlags: ["rf10"],
    ...explained({
      why: [], true: [cite.armandhanu2025InPerson], false: [cite.armandhanu2025InPerson],
    }),
  },
  {
    id: "anyone-can-be-trapped", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf31", "rf12"],
    ...explained({
      why: [], true: [cite.martinus2024VictimProfile], false: [cite.martinus2024VictimProfile],
    }),
  },
  {
    id: "clear-job-title", kind: "trueFalse", stage: "recruitment", difficulty: 2,
    answer: false, redFlags: ["rf02", "rf32"],
    ...explained({
      why: [], true: [cite.armandhanu2025StoryB], false: [cite.tempo2024FakeAdverts],
    }),
  },
  {
    id: "spot-facebook-operator", kind: "spot", stage: "recruitment", difficulty: 1, look: "advert",
    parts: facebookOperatorParts, redFlags: flagsShown(facebookOperatorParts),
    ...explained({
      why: [], p1: [], p2: [cite.yanggolo2024StoryA, cite.bbc2025Brokers], p3: [cite.antara2025NoAgreement], p4: [cite.yanggolo2024StoryA],
      p5: [cite.yanggolo2024StoryA], p6: [cite.bbc2025Brokers], p7: [cite.bbc2025Brokers, "placement-costs"], p8: [cite.yanggolo2024StoryA],
      p9: [cite.yulisman2025Passports], p10: [],
    }),
  },
  {
    id: "spot-tiktok-factory", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: tiktokFactoryParts, redFlags: flagsShown(tiktokFactoryParts),
    ...explained({
      why: [], p1: [], p2: [cite.armandhanu2025StoryB], p3: [cite.armandhanu2025StoryB], p4: [cite.registrationSupervised],
      p5: [cite.lazarus2025Forgery], p6: [cite.ochr2023WebPages], p7: [],
    }),
  },
  {
    id: "spot-telegram-recruiter", kind: "spot", stage: "recruitment", difficulty: 2, look: "chat",
    parts: telegramRecruiterParts, redFlags: flagsShown(telegramRecruiterParts),
    ...explained({
      why: [cite.yanggolo2024StoryA], p1: [], p2: [cite.yanggolo2024StoryA], p3: [cite.yanggolo2024StoryA], p4: [cite.yanggolo2024StoryA],
      p5: [cite.bbc2025Brokers], p6: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas], p7: [],
    }),
  },
  {
    id: "spot-instagram-investment", kind: "spot", stage: "recruitment", difficulty: 2, look: "advert",
    parts: instagramInvestmentParts, redFlags: flagsShown(instagramInvestmentParts),
    ...explained({
      why: [], p1: [], p2: [cite.rri2022Sihanoukville], p3: [cite.armandhanu2025StoryB], p4: [cite.rri2022Sihanoukville],
      p5: [cite.rri2022Sihanoukville], p6: [], p7: [cite.lee2024SocialMedia],
    }),
  },
];
