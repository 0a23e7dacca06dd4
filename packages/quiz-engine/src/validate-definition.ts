import { QUESTION_KINDS, STAGES, type Question, type QuizDefinition } from "./definition";
import { ID, scenarioProblems } from "./validate-scenario";

/** Every problem in a definition, as readable lines; empty when the engine can run it. */
export function validateDefinition(definition: QuizDefinition): string[] {
  const problems: string[] = [];
  if (typeof definition.id !== "string" || definition.id === "") problems.push("quiz id is empty");
  if (!Number.isInteger(definition.version) || definition.version < 1) problems.push("quiz version must be a positive integer");
  if (!Array.isArray(definition.questions) || definition.questions.length === 0) return [...problems, "quiz has no questions"];
  const ids = new Set<string>();
  for (const question of definition.questions) {
    const where = `question "${question.id}"`;
    if (ids.has(question.id)) problems.push(`${where}: duplicate question id`);
    ids.add(question.id);
    problems.push(...questionProblems(question, where));
  }
  for (const [n, group] of (definition.mustInclude ?? []).entries()) {
    if (!Array.isArray(group) || group.length === 0) problems.push(`mustInclude group ${n + 1} is empty`);
    else for (const id of group) if (!ids.has(id)) problems.push(`mustInclude group ${n + 1} names an unknown question "${id}"`);
  }
  return problems;
}

function questionProblems(question: Question, where: string): string[] {
  const problems: string[] = [];
  if (!ID.test(question.id)) problems.push(`${where}: id must be letters, digits, "_", "." or "-"`);
  if (!QUESTION_KINDS.includes(question.kind)) return [`${where}: unknown kind "${String(question.kind)}"`];
  if (!STAGES.includes(question.stage)) problems.push(`${where}: unknown stage "${String(question.stage)}"`);
  if (![1, 2, 3].includes(question.difficulty)) problems.push(`${where}: difficulty must be 1, 2 or 3`);
  if (!Array.isArray(question.redFlags) || question.redFlags.length === 0) problems.push(`${where}: teaches no red flag`);
  else if (new Set(question.redFlags).size !== question.redFlags.length) problems.push(`${where}: repeats a red flag`);
  switch (question.kind) {
    case "single":
      problems.push(...duplicates(question.options, `${where}: option`));
      if (question.options.length < 2) problems.push(`${where}: needs at least two options`);
      if (question.options.filter((option) => option.correct).length !== 1)
        problems.push(`${where}: needs exactly one correct option`);
      break;
    case "trueFalse":
      if (typeof question.answer !== "boolean") problems.push(`${where}: answer must be true or false`);
      break;
    case "spot": {
      problems.push(...duplicates(question.parts, `${where}: part`));
      const shown = question.parts.flatMap((part) => (part.redFlag === undefined ? [] : [part.redFlag]));
      if (shown.length === 0) problems.push(`${where}: no part is a red flag`);
      for (const flag of shown)
        if (!question.redFlags.includes(flag)) problems.push(`${where}: a part shows "${flag}", not listed on the question`);
      for (const flag of question.redFlags)
        if (!shown.includes(flag)) problems.push(`${where}: no part shows red flag "${flag}"`);
      break;
    }
    case "scenario":
      problems.push(...scenarioProblems(question, where));
  }
  return problems;
}

function duplicates(items: readonly { id: string }[], what: string): string[] {
  const seen = new Set<string>();
  return items.flatMap(({ id }) => {
    if (!ID.test(id)) return [`${what} "${id}" must be letters, digits, "_", "." or "-"`];
    return seen.has(id) ? [`${what} "${id}" is a duplicate`] : (seen.add(id), []);
  });
}
