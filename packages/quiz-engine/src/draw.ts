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
  return picked.flat();
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
