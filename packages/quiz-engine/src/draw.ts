import { STAGES, type Question, type QuizDefinition } from "./definition";
import { QuizStateError } from "./errors";
import type { QuizSettings } from "./events";
import { TRUE_FALSE, optionIds } from "./options";
import { hashId, mulberry32, shuffled } from "./random";

/** Settings as the engine stores them: known mode, length within the bank, seed as uint32. */
export function normaliseSettings(definition: QuizDefinition, settings: QuizSettings): QuizSettings {
  const { mode } = settings;
  if (mode !== "solo" && mode !== "village") throw new QuizStateError(`Unknown quiz mode "${String(mode)}".`);
  const wanted = Math.floor(Number(settings.length)) || 1;
  const length = Math.max(1, Math.min(definition.questions.length, wanted));
  return { mode, length, seed: Number(settings.seed) >>> 0 };
}

/**
 * The drawn questions as indices into definition.questions. Stages take turns (in a seeded order)
 * so every stage is represented before any gets a second question; the draw is then told as a
 * journey, recruitment to return, in seeded order within each stage.
 */
export function drawIndices(definition: QuizDefinition, settings: QuizSettings): number[] {
  const { length, seed } = normaliseSettings(definition, settings);
  const random = mulberry32(seed);
  const pools = STAGES.map((stage) =>
    shuffled(
      definition.questions.flatMap((question, index) => (question.stage === stage ? [index] : [])),
      random
    )
  );
  const turns = shuffled([0, 1, 2, 3], random);
  const picked: number[][] = STAGES.map(() => []);
  for (let count = 0; count < length; ) {
    for (const stage of turns) {
      if (count >= length) break;
      const next = pools[stage]?.shift();
      if (next === undefined) continue;
      picked[stage]?.push(next);
      count++;
    }
  }
  const groups = definition.mustInclude ?? [];
  if (groups.length > 0 && length >= groups.length) includeEveryGroup(definition, picked, groups, random);
  return picked.flat();
}

/**
 * Makes the draw hold one question of every `mustInclude` group: for a group it lacks, a seeded
 * member takes the place of a question of its own stage (or, when its stage has none, of the stage
 * with the most), never one that is the only member of another group in the draw. Stages stay
 * balanced and in journey order, and the draw stays the same for the same seed.
 */
function includeEveryGroup(definition: QuizDefinition, picked: number[][], groups: string[][], random: () => number): void {
  const indexOf = new Map(definition.questions.map((question, index) => [question.id, index]));
  const members = groups.map((group) => new Set(group.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id) as number] : []))));
  const drawn = () => picked.flat();
  const isOnlyMemberOfAGroup = (index: number) =>
    members.some((group) => group.has(index) && drawn().filter((i) => group.has(i)).length === 1);
  for (const group of members) {
    if (group.size === 0 || drawn().some((index) => group.has(index))) continue;
    const chosen = shuffled([...group], random)[0] as number;
    const own = STAGES.indexOf(definition.questions[chosen]?.stage as (typeof STAGES)[number]);
    // Its own stage gives way first; otherwise the fullest stage that has a question to spare.
    const others = STAGES.map((_, stage) => stage)
      .filter((stage) => stage !== own)
      .sort((a, b) => (picked[b]?.length ?? 0) - (picked[a]?.length ?? 0) || a - b);
    let from = -1;
    let at = -1;
    for (const stage of [own, ...others]) {
      const list = picked[stage] ?? [];
      for (let i = list.length - 1; i >= 0 && at < 0; i--) if (!isOnlyMemberOfAGroup(list[i] as number)) at = i;
      if (at >= 0) {
        from = stage;
        break;
      }
    }
    if (at < 0) continue;
    const list = picked[from] ?? [];
    if (from === own) list[at] = chosen;
    else {
      list.splice(at, 1);
      picked[own]?.push(chosen);
    }
  }
}

/** Question ids of the draw, in the order they are asked. */
export function drawQuestions(definition: QuizDefinition, settings: QuizSettings): string[] {
  return drawIndices(definition, settings).map((index) => definition.questions[index]?.id ?? "");
}

/**
 * Display order of a question's options: seeded per question for single choice (unless the
 * question opts out), fixed for true/false, original order for spot parts, whose order is the advert.
 */
export function optionOrder(question: Question, seed: number): string[] {
  if (question.kind === "trueFalse") return [...TRUE_FALSE];
  if (question.kind === "scenario") return [];
  const ids = optionIds(question);
  if (question.kind === "spot" || question.shuffle === false) return ids;
  return shuffled(ids, mulberry32((seed ^ hashId(question.id)) >>> 0));
}
