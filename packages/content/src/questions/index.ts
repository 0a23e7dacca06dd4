/**
 * The whole question bank: stage by stage, then the branching stories. Facts live here; every
 * sentence lives in locales/{lng}/questions.json under the same question id.
 */
import type { BankQuestion } from "../types";
import { departureQuestions } from "./departure";
import { destinationQuestions } from "./destination";
import { recruitmentQuestions } from "./recruitment";
import { returnQuestions } from "./return";
import { scenarioQuestions } from "./scenarios";
import { wholeStoryQuestions } from "./whole-story";

export const questionBank: BankQuestion[] = [
  ...recruitmentQuestions,
  ...departureQuestions,
  ...destinationQuestions,
  ...returnQuestions,
  ...scenarioQuestions,
  ...wholeStoryQuestions,
];
