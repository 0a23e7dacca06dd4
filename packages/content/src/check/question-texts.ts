/**
 * Which texts each question needs in questions.json, derived from its definition: the prompt and
 * why, then every option, part, step and choice by id. Extra texts are reported too, since a text
 * whose id no longer exists is usually a renamed option that now shows nothing.
 */
import type { BankQuestion } from "../types";

/** Paths under the question's entry, e.g. "options.a.label". */
export function requiredTextPaths(question: BankQuestion): string[] {
  const paths = ["prompt", "why"];
  switch (question.kind) {
    case "single":
      for (const option of question.options) paths.push(`options.${option.id}.label`, `options.${option.id}.explanation`);
      break;
    case "trueFalse":
      paths.push("options.true.explanation", "options.false.explanation");
      break;
    case "spot":
      for (const part of question.parts) paths.push(`parts.${part.id}.text`, `parts.${part.id}.explanation`);
      break;
    case "scenario":
      for (const step of question.steps) {
        paths.push(`steps.${step.id}.text`);
        for (const choice of step.choices) {
          paths.push(`steps.${step.id}.choices.${choice.id}.label`, `steps.${step.id}.choices.${choice.id}.explanation`);
        }
      }
  }
  return paths;
}

/** Presenter limits (characters), matched against a text's path inside its question entry. */
export const QUESTION_LIMITS: { pattern: RegExp; max: number }[] = [
  { pattern: /^prompt$/, max: 180 },
  { pattern: /^why$/, max: 240 },
  { pattern: /^options\.[^.]+\.label$/, max: 90 },
  { pattern: /^parts\.[^.]+\.text$/, max: 110 },
  { pattern: /^steps\.[^.]+\.text$/, max: 220 },
  { pattern: /^steps\.[^.]+\.choices\.[^.]+\.label$/, max: 90 },
  { pattern: /\.explanation$/, max: 240 },
];
