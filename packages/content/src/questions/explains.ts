/**
 * Each explanation the quiz shows cites the sources behind it: the keys a question's `explains` must
 * hold, and what is wrong with a question's per-explanation sources. Used by the bank's tests and by
 * `content:check`.
 */
import { publishedFactById } from "../channels";
import type { Backing, BankQuestion } from "../types";

/** "why", then every option, part or story choice id, as the quiz shows their explanations. */
export function explanationKeys(question: BankQuestion): string[] {
  switch (question.kind) {
    case "single":
      return ["why", ...question.options.map((o) => o.id)];
    case "trueFalse":
      return ["why", "true", "false"];
    case "spot":
      return ["why", ...question.parts.map((p) => p.id)];
    case "scenario":
      return ["why", ...question.steps.flatMap((s) => s.choices.map((c) => c.id))];
  }
}

/** Explanations that may state no fact: "why" (often advice) and a spot question's neutral parts. */
function mayCiteNothing(question: BankQuestion, key: string): boolean {
  return key === "why" || (question.kind === "spot" && question.parts.some((p) => p.id === key && p.redFlag === undefined));
}

const label = (b: Backing) => (typeof b === "string" ? `published "${b}"` : `${b.seed.slice(0, 3)} ${b.lines} (${b.cites})`);

/**
 * Problems with a question's per-explanation sources: an explanation with none (other than "why" or a
 * neutral part), a key the question does not have, an unknown published fact, and a question source
 * that no explanation uses (or the reverse).
 */
export function explanationSourceProblems(question: BankQuestion): string[] {
  const where = `question "${question.id}"`;
  const explains = question.explains;
  if (!explains) return [`${where}: gives no sources per explanation (explains)`];
  const keys = explanationKeys(question);
  const problems: string[] = [];
  for (const key of keys) {
    const backing = explains[key];
    if (backing === undefined) problems.push(`${where}: explanation "${key}" lists no sources`);
    else if (backing.length === 0 && !mayCiteNothing(question, key)) problems.push(`${where}: explanation "${key}" cites no source`);
  }
  for (const key of Object.keys(explains)) if (!keys.includes(key)) problems.push(`${where}: explains "${key}", which it does not have`);
  const used = new Map(Object.values(explains).flat().map((b) => [label(b), b]));
  for (const b of used.values()) if (typeof b === "string" && !publishedFactById(b)) problems.push(`${where}: unknown published fact "${b}"`);
  const listed = new Set([...question.sources, ...(question.published ?? [])].map(label));
  for (const b of listed) if (!used.has(b)) problems.push(`${where}: cites ${b}, which no explanation uses`);
  for (const b of used.keys()) if (!listed.has(b)) problems.push(`${where}: an explanation cites ${b}, which the question does not list`);
  return problems;
}
