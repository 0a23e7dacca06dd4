/**
 * Length limits for text that the village presenter projects or a phone shows in one glance,
 * in characters, in every language (English often runs longer than Indonesian).
 */
import type { Resources } from "../resources";
import { flatten } from "./parity";

interface Limit {
  ns: string;
  /** Matched against the key path, after dropping `skip` leading segments. */
  pattern: RegExp;
  max: number;
  skip?: number;
}

// Question texts have their limits with their paths (questionTextPaths), checked in questions-check.ts.
export const LIMITS: Limit[] = [
  { ns: "redFlags", pattern: /^rf[^.]+\.name$/, max: 60 },
  { ns: "redFlags", pattern: /^rf[^.]+\.(why|instead)$/, max: 240 },
  { ns: "home", pattern: /^figures\.[^.]+\.value$/, max: 24 },
  { ns: "home", pattern: /^figures\.[^.]+\.label$/, max: 200 },
  { ns: "stages", pattern: /^[^.]+\.name$/, max: 30 },
  { ns: "stages", pattern: /^[^.]+\.summary$/, max: 160 },
  { ns: "facilitator", pattern: /^(prompts\.[^.]+|safeguarding\.short)$/, max: 180 },
  { ns: "common", pattern: /^quiz\.(outcome\.[^.]+|start|answer|next|finish|restart|true|false)$/, max: 40 },
];

export function lengthProblems(resources: Resources, languages: string[], limits: Limit[] = LIMITS): string[] {
  const problems: string[] = [];
  for (const lng of languages) {
    for (const limit of limits) {
      for (const [path, value] of flatten(resources[lng]?.[limit.ns])) {
        const inner = path.split(".").slice(limit.skip ?? 0).join(".");
        if (typeof value !== "string" || !limit.pattern.test(inner)) continue;
        const length = [...value].length;
        if (length > limit.max) problems.push(`${lng} ${limit.ns}:${path} is ${length} characters; the limit is ${limit.max}`);
      }
    }
  }
  return problems;
}
