/**
 * Return: complaints, rights that do not depend on papers, recovery and a second offer
 * (return, reintegration and help). Text: locales/{lng}/questions.json.
 */
import type { BankQuestion } from "../types";
import { explained, flagsShown, optionsWith, partsInOrder } from "./build";
import * as cite from "./citations";

const offerAfterReturnParts = partsInOrder(null, "rf07", "rf13", "rf03", "rf06", "rf16", null);

export const returnQuestions: BankQuestion[] = [
  {
    id: "complaints-reported", kind: "single", stage: "return", difficulty: 2,
    options: optionsWith(3, "a"), redFlags: ["rf40", "rf27", "rf29"],
    ...explained({
      why: [cite.bp2pmi2023Complaints, cite.migrantCareHotline], a: [cite.bp2pmi2023Complaints], b: [cite.bp2pmi2023Complaints],
      c: [cite.bp2pmi2023Complaints, cite.migrantCareHotline],
    }),
  },
  {
    id: "support-after-return", kind: "single", stage: "return", difficulty: 1,
    options: optionsWith(3, "c"), redFlags: ["rf41"],
    ...explained({
      why: [cite.undocumentedLessAttention], a: [cite.donnelly2013RightsForAll], b: [cite.migrantCareCounselling],
      c: [cite.migrantCareWithGovernment, "kp2mi-history"],
    }),
  },
  {
    id: "undocumented-rights", kind: "trueFalse", stage: "return", difficulty: 2,
    answer: false, redFlags: ["rf41"],
    ...explained({
      why: [cite.donnelly2013RightsForAll], true: [cite.donnelly2013RightsForAll, cite.ilo1975Irregular],
      false: [cite.donnelly2013RightsForAll, cite.kp2mi2025EmergencyChannel],
    }),
  },
  {
    id: "spot-offer-after-return", kind: "spot", stage: "return", difficulty: 2, look: "chat",
    parts: offerAfterReturnParts, redFlags: flagsShown(offerAfterReturnParts),
    ...explained({
      why: [cite.migrantCare2024Returnees], p1: [], p2: [cite.bbc2025Brokers], p3: [cite.antara2025NoAgreement], p4: [cite.bbc2025Brokers],
      p5: [cite.bbc2025Brokers], p6: [cite.nonProceduralDefinition, cite.ngo2023TouristVisas], p7: [],
    }),
  },
];
