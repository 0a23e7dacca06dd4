import { z } from "zod";
import { PROVINCES } from "../provinces";

/** Limits that keep any single submission small whatever the quiz: the catalogue checks come after. */
export const LIMITS = {
  /** What one facilitator can really hold in a room. */
  maxHeadCount: 200,
  maxAnswers: 200,
  maxIdLength: 64,
  maxSelected: 64,
  maxCountKeys: 64,
  maxQuizVersion: 1_000_000,
  maxChecks: 8,
} as const;

/**
 * A lowercase random (version 4) UUID: what crypto.randomUUID() gives in Node and in browsers, and
 * the only kind our clients make. The all-zero UUID and other versions (time-based ones carry when
 * and where they were made) are refused.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Question, option, part and choice ids are kebab-case-ish ASCII; anything else cannot be in a quiz. */
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A short language tag ("id", "en", "jv", "pt-BR"); the catalogue decides which ones we accept. */
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** A village story's tallies are keyed "step/choice" (the engine's scenarioCountKey). */
const COUNT_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

const itemId = z.string().max(LIMITS.maxIdLength).regex(ITEM_ID, "Must be an id from the quiz");
const countKey = z.string().max(2 * LIMITS.maxIdLength + 1).regex(COUNT_KEY, "Must be an id from the quiz");
const hands = z.int().min(0).max(LIMITS.maxHeadCount);

export const answerSchema = z.strictObject({
  questionId: itemId,
  selected: z.array(itemId).max(LIMITS.maxSelected),
  counts: z
    .record(countKey, hands)
    .refine((counts) => Object.keys(counts).length <= LIMITS.maxCountKeys, "Too many counts")
    .optional(),
  present: z.int().min(1).max(LIMITS.maxHeadCount).optional(),
});

/** Hands for the right answer of each check question, out of the people present (village sessions). */
export const checkRoundSchema = z.strictObject({
  present: z.int().min(1).max(LIMITS.maxHeadCount),
  right: z
    .record(itemId, hands)
    .refine((right) => Object.keys(right).length >= 1 && Object.keys(right).length <= LIMITS.maxChecks, "1 to 8 check questions"),
});

/** A village session's opening check, and its closing check once the session reached it. */
export const checksSchema = z.strictObject({ opening: checkRoundSchema, closing: checkRoundSchema.optional() });

export const baseSubmissionSchema = z.strictObject({
  id: z.string().max(36).regex(UUID, "Must be a lowercase random (v4) UUID"),
  quizId: itemId,
  quizVersion: z.int().min(1).max(LIMITS.maxQuizVersion),
  lang: z.string().max(16).regex(LANG, "Must be a language tag"),
  mode: z.enum(["solo", "village"]),
  province: z.enum(PROVINCES).optional(),
  headCount: z.int().min(1).max(LIMITS.maxHeadCount),
  answers: z.array(answerSchema).min(1).max(LIMITS.maxAnswers),
  checks: checksSchema.optional(),
  /** Village sessions: the facilitator's code. Accepted here; checked and stored by id only where codes are kept. */
  facilitatorCode: z.string().min(1).max(64).optional(),
});

/** The most people one village session may count. */
export const MAX_HEAD_COUNT = LIMITS.maxHeadCount;

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar day, YYYY-MM-DD. */
export const daySchema = z
  .string()
  .max(10)
  .regex(DAY, "Must be a day, YYYY-MM-DD")
  .refine((day) => {
    // zod runs this even when the pattern failed, so an impossible date must not throw here.
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, "Must be a real day");
