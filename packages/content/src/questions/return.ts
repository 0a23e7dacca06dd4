/**
 * Return: complaints, rights that do not depend on papers, recovery and a second offer
 * (return, reintegration and help). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const offerAfterReturnParts = partsInOrder(null, "rf07", "rf13", "rf03", "rf06", "rf16", null);

export const returnQuestions: BankQuestion[] = [
  {
    id: "complaints-reported", kind: "single", stage: "return", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf40", "rf27", "rf29"],
    sources: [cite.bp2pmi2023Complaints, cite.migrantCareCaseHandling],
  },
  {
    id: "support-after-return", kind: "single", stage: "return", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf41"],
    sources: [cite.migrantCareCaseHandling, cite.undocumentedLessAttention, cite.donnelly2013RightsForAll],
  },
  {
    id: "undocumented-rights", kind: "trueFalse", stage: "return", difficulty: 2,
    answer: false, redFlags: ["rf41"],
    sources: [cite.donnelly2013RightsForAll, cite.ilo1975Irregular, cite.kp2mi2025EmergencyChannel],
  },
  {
    id: "spot-offer-after-return", kind: "spot", stage: "return", difficulty: 2, look: "chat",
    parts: offerAfterReturnParts, redFlags: flagsShown(offerAfterReturnParts),
    sources: [
      cite.bbc2025Brokers, cite.antara2025NoAgreement, cite.ngo2023TouristVisas,
      cite.nonProceduralDefinition, cite.migrantCare2024Returnees,
    ],
  },
];
