/**
 * Which sentences a question needs in locales/{lng}/questions.json, and how long each may be.
 * The limits come from the village presenter, which projects them in large type.
 */
import type { Question } from "@waspada/quiz-engine";

export const QUESTION_TEXT_LIMITS = {
  prompt: 180,
  why: 240,
  optionLabel: 90,
  explanation: 240,
  partText: 110,
  stepText: 220,
  choiceLabel: 90,
} as const;

export interface TextKey {
  /** Dotted path inside questions.json, e.g. "tourist-visa.options.true.explanation". */
  path: string;
  maxLength: number;
}

/** Every text key a question needs, in definition order. */
export function questionTextKeys(question: Question): TextKey[] {
  const L = QUESTION_TEXT_LIMITS;
  const at = (path: string, maxLength: number): TextKey => ({ path: `${question.id}.${path}`, maxLength });
  const keys = [at("prompt", L.prompt)];
  switch (question.kind) {
    case "single":
      for (const { id } of question.options) {
        keys.push(at(`options.${id}.label`, L.optionLabel), at(`options.${id}.explanation`, L.explanation));
      }
      break;
    case "trueFalse":
      // The labels "true"/"false" come from common.json; only the explanations are per question.
      keys.push(at("options.true.explanation", L.explanation), at("options.false.explanation", L.explanation));
      break;
    case "spot":
      for (const { id } of question.parts) keys.push(at(`parts.${id}.text`, L.partText), at(`parts.${id}.explanation`, L.explanation));
      break;
    case "scenario":
      for (const step of question.steps) {
        keys.push(at(`steps.${step.id}.text`, L.stepText));
        for (const { id } of step.choices) {
          keys.push(at(`steps.${step.id}.choices.${id}.label`, L.choiceLabel), at(`steps.${step.id}.choices.${id}.explanation`, L.explanation));
        }
      }
      break;
  }
  keys.push(at("why", L.why));
  return keys;
}
