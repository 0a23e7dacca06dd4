import { scenarioCountKey, type Question } from "@waspada/quiz-engine";
import type { LinearSystem } from "../suppression/linear-system";

export interface OptionDraft {
  /** null: people present who raised no hand. */
  optionId: string | null;
  step?: string;
  variable: number;
}

/**
 * The option distribution of one question and the sums its kind implies, for every stored version
 * of the question (a sum that does not hold for the data only makes suppression more careful):
 * - single, true/false: answering = Σ options + no hand raised;
 * - story: at each step, people reaching it = Σ its choices + no hand raised; people reaching a
 *   later step = Σ choices leading there; people reaching the start = answering. People reaching
 *   a step are never published, but they link the sums, so they are variables too;
 * - spot: none (each part is marked or not, independently).
 */
export function optionSums(
  system: LinearSystem,
  answering: number,
  versions: readonly Question[],
  people: ReadonlyMap<string, number>,
  noHand: ReadonlyMap<string, number>,
): OptionDraft[] {
  const known = new Map<string, Choice>();
  for (const version of [...versions].reverse()) {
    for (const choice of choicesOf(version)) if (!known.has(choice.key)) known.set(choice.key, choice);
  }
  for (const key of [...people.keys()].sort()) if (!known.has(key)) known.set(key, { key, optionId: key });
  const option = new Map([...known.keys()].map((key) => [key, system.variable(people.get(key) ?? 0)]));

  const noHandKeys = new Set<string>(noHand.keys());
  for (const version of versions) {
    if (version.kind === "single" || version.kind === "trueFalse") noHandKeys.add("");
    if (version.kind === "scenario") for (const step of version.steps) noHandKeys.add(step.id);
  }
  const none = new Map([...noHandKeys].sort().map((key) => [key, system.variable(noHand.get(key) ?? 0)]));

  const v = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  for (const version of versions) {
    if (version.kind === "single" || version.kind === "trueFalse") {
      system.sum(answering, [...choicesOf(version).map((c) => v(option, c.key)), v(none, "")]);
    }
    if (version.kind === "scenario") {
      const reached = new Map(version.steps.map((s) => [s.id, s.id === version.start ? answering : system.variable(0, false)]));
      for (const step of version.steps) {
        system.sum(v(reached, step.id), [...step.choices.map((c) => v(option, scenarioCountKey(step.id, c.id))), v(none, step.id)]);
        if (step.id === version.start) continue;
        const into = version.steps.flatMap((s) => s.choices.filter((c) => c.next === step.id).map((c) => scenarioCountKey(s.id, c.id)));
        system.sum(v(reached, step.id), into.map((key) => v(option, key)));
      }
    }
  }

  return [
    ...[...known.values()].map((c) => ({ optionId: c.optionId, ...(c.step === undefined ? {} : { step: c.step }), variable: v(option, c.key) })),
    ...[...none].map(([key, variable]) => ({ optionId: null, ...(key ? { step: key } : {}), variable })),
  ];
}

interface Choice {
  /** The rollup key: the id, or "step/choice" in stories. */
  key: string;
  optionId: string;
  step?: string;
}

/** What a question offers, in its own order. */
function choicesOf(q: Question): Choice[] {
  switch (q.kind) {
    case "single":
      return q.options.map((o) => ({ key: o.id, optionId: o.id }));
    case "trueFalse":
      return ["true", "false"].map((id) => ({ key: id, optionId: id }));
    case "spot":
      return q.parts.map((p) => ({ key: p.id, optionId: p.id }));
    case "scenario":
      return q.steps.flatMap((s) => s.choices.map((c) => ({ key: scenarioCountKey(s.id, c.id), optionId: c.id, step: s.id })));
  }
}
