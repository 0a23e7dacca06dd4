import { getT, questionBank, questionText, redFlagText, type Backing, type BankQuestion, type SourceRef } from "@waspada/content";
import { QuizStateError, decodeState, encodeState, initialState, questionFlags, step, view, type QuizEvent, type QuizState } from "@waspada/quiz-engine";
import { PROVINCES, SubmissionConflictError } from "@waspada/results";
import { z } from "zod";
import { settings } from "../../settings.mjs";
import { catalogue, soloQuiz } from "../api/catalogue.server";
import { citations, publishedCitations } from "../campaign/sources.server";
import { resultsStore } from "../utils/db.server";
import { pick } from "../utils/i18n.server";
import { provinceOptions } from "../utils/provinces.server";
import { sign, verify } from "../utils/signed-state.server";
import { SOLO_QUIZ_LENGTH, admitResult, drawnQuestions, newDraw, readDraw, type Draw } from "./draw.server";
import { atLastFeedback, buildProvinceScreen, buildScreen, soloSubmission, type PlayEvent, type QuizScreen, type QuizTexts } from "./screen";

/**
 * The quiz on the server, in one place: what a quiz form may post, the signed state each form
 * carries, the words of a drawn quiz (for the server's screens and the browser's pack), replaying
 * the steps a browser took on its own, and storing the result once when the quiz finishes.
 */

/** A quiz in progress: the draw it was dealt and the engine's state. */
export interface SoloQuiz {
  draw: Draw;
  state: QuizState;
}

export class TamperedQuizError extends Error {}

// ---- The form --------------------------------------------------------------------------------

const choiceSchema = z.array(z.string().min(1).max(40)).max(30);

/** The optional last question: a province code, or "" for "prefer not to say". Anything else is refused. */
export const provinceChoiceSchema = z.union([z.literal(""), z.enum(PROVINCES)]);

/** A whole quiz is well under 100 steps; the cap keeps a hostile form from making the server replay thousands. */
export const MAX_EVENTS = 200;

/** The steps a browser may have taken on its own since its signed state (see replayQuiz). */
const eventsSchema = z
  .string()
  .max(16_384)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "events is not JSON" });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(
        z.discriminatedUnion("type", [
          z.strictObject({ type: z.literal("quiz.answer"), selected: choiceSchema }),
          z.strictObject({ type: z.literal("quiz.next") }),
          // The province chosen on the last screen; absent for "prefer not to say".
          z.strictObject({ type: z.literal("quiz.finish"), province: z.enum(PROVINCES).optional() }),
        ]),
      )
      .max(MAX_EVENTS),
  );

// What a quiz form may post. Anything else is refused before it reaches the engine.
// `province` shows the optional province question after the last feedback; `finish` then stores the
// result with the province chosen there.
const formSchema = z.object({
  intent: z.enum(["start", "answer", "next", "province", "finish", "restart", "view"]),
  quiz: z.string().max(8_192).optional(),
  choice: choiceSchema,
  events: eventsSchema.optional(),
  province: provinceChoiceSchema.optional(),
});

export function parseQuizForm(form: FormData) {
  const parsed = formSchema.safeParse({
    intent: form.get("intent"),
    quiz: form.get("quiz") ?? undefined,
    choice: form.getAll("choice"),
    events: form.get("events") || undefined,
    province: form.get("province") ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** The step a form asks for; `view` (e.g. a language switch) and `province` only show a screen. */
function eventFor(form: z.infer<typeof formSchema>): PlayEvent | null {
  switch (form.intent) {
    case "answer":
      return { type: "quiz.answer", selected: form.choice };
    case "finish":
      return form.province ? { type: "quiz.finish", province: form.province } : { type: "quiz.finish" };
    case "next":
    case "restart":
    case "start":
      return { type: `quiz.${form.intent}` };
    case "province":
    case "view":
      return null;
  }
}

// ---- The signed state ------------------------------------------------------------------------

/** A new quiz from a new draw, at its first question. */
export function startSoloQuiz(draw = newDraw()): SoloQuiz {
  const state = step(soloQuiz, initialState(soloQuiz, { mode: "solo", length: SOLO_QUIZ_LENGTH, seed: draw.seed }), { type: "quiz.start" });
  return { draw, state };
}

/** The value of the signed hidden form field: `<draw token>~<engine state>.<HMAC>` (the draw's id comes first). */
export function sealQuiz(quiz: SoloQuiz): string {
  return sign(`${quiz.draw.token}~${encodeState(quiz.state)}`, settings().SESSION_SECRET);
}

/** Reads the hidden field back; a changed or foreign value, or an expired draw, is a TamperedQuizError. */
export function openQuiz(sealed: string): SoloQuiz {
  const payload = sealed.length < 8_192 ? verify(sealed, settings().SESSION_SECRET) : null;
  const cut = payload?.indexOf("~") ?? -1;
  const draw = payload && cut > 0 ? readDraw(payload.slice(0, cut)) : null;
  if (!payload || !draw) throw new TamperedQuizError("The quiz state was changed, is not ours, or its draw has expired.");
  try {
    const state = decodeState(soloQuiz, payload.slice(cut + 1));
    if (view(soloQuiz, state).drawn.join() !== drawnQuestions(draw).join()) throw new TamperedQuizError("The state is not its draw's quiz.");
    return { draw, state };
  } catch (error) {
    if (error instanceof QuizStateError) throw new TamperedQuizError(error.message);
    throw error;
  }
}

// ---- The words -------------------------------------------------------------------------------

const bankById = new Map(questionBank.map((q) => [q.id, q]));

/** The most questions one pack holds: a long quiz is 30. */
export const MAX_PACK_QUESTIONS = 30;

export function isQuestionId(id: string): boolean {
  return bankById.has(id);
}

/**
 * A question's citations as a reader sees them, each once, and which of them (1-based) back each of
 * its explanations ("why", and each option, part or choice id).
 */
export function questionCitations(lang: string, question: BankQuestion): { list: string[]; byExplanation: Record<string, number[]> } {
  const cite = (backing: readonly Backing[]) => [
    ...citations(lang, backing.filter((b): b is SourceRef => typeof b !== "string")),
    ...publishedCitations(backing.filter((b): b is string => typeof b === "string")),
  ];
  const list = cite([...question.sources, ...(question.published ?? [])]);
  const byExplanation: Record<string, number[]> = {};
  for (const [key, backing] of Object.entries(question.explains ?? {})) {
    byExplanation[key] = [...new Set(cite(backing).map((c) => list.indexOf(c) + 1))].sort((a, b) => a - b);
  }
  return { list, byExplanation };
}

/** The words these questions need in `lang`: the server's screens use it, and the browser gets it as the pack. */
export function quizTexts(lang: string, questionIds: readonly string[]): QuizTexts {
  const t = getT(lang);
  const texts: QuizTexts = {
    questions: {},
    flags: {},
    sources: {},
    cites: {},
    looks: {},
    // Placeholders stay as {{name}}: buildScreen fills them in, on either side.
    sentences: {
      progress: t("common:quiz.progress", { skipInterpolation: true }),
      right: t("common:quiz.outcome.right"),
      partly: t("common:quiz.outcome.partly"),
      wrong: t("common:quiz.outcome.wrong"),
      true: t("common:quiz.true"),
      false: t("common:quiz.false"),
      resultHeading: t("common:result.heading"),
      resultSummary: t("common:result.summary", { skipInterpolation: true }),
    },
    provinces: provinceOptions(lang),
  };
  for (const id of questionIds) {
    const question = bankById.get(id);
    if (!question) continue;
    texts.questions[id] = questionText(lang, id);
    const cited = questionCitations(lang, question);
    texts.sources[id] = cited.list;
    texts.cites[id] = cited.byExplanation;
    if (question.look) texts.looks[id] = question.look;
    for (const flag of questionFlags(question)) {
      const words = redFlagText(lang, flag);
      if (words) texts.flags[flag] = { name: words.name, instead: words.instead };
    }
  }
  return texts;
}

/**
 * The screen for `quiz`, and (until it is finished) what the browser needs to play on by itself.
 * `askProvince`: at the last feedback, show the optional province question instead.
 */
export function screenFor(lang: string, quiz: SoloQuiz, notice?: string, askProvince = false): QuizScreen {
  const shown = view(soloQuiz, quiz.state);
  const build = askProvince && atLastFeedback(shown) ? buildProvinceScreen : buildScreen;
  const screen = build(quizTexts(lang, shown.drawn), shown, sealQuiz(quiz));
  if (notice) screen.notice = notice;
  if (shown.status !== "finished") screen.play = { draw: quiz.draw.token, id: quiz.draw.id, state: quiz.state, questions: shown.drawn };
  return screen;
}

// ---- Labels

/** The quiz page's fixed words (buttons, headings, hints). */
export function quizLabels(lang: string) {
  return pick(lang, {
    title: "common:quiz.title",
    intro: "common:quiz.intro",
    start: "common:quiz.start",
    answer: "common:quiz.answer",
    next: "common:quiz.next",
    finish: "common:quiz.finish",
    restart: "common:quiz.restart",
    yourAnswer: "common:quiz.yourAnswer",
    rightAnswer: "common:quiz.rightAnswer",
    redFlagPart: "common:quiz.redFlagPart",
    source: "common:quiz.source",
    pickOne: "common:quiz.pickOne",
    pickAll: "common:quiz.pickAll",
    spotted: "common:result.spotted",
    missed: "common:result.missed",
    instead: "common:result.instead",
    help: "common:result.help",
    card: "common:card.open",
    kindNote: "common:result.kindNote",
    readAloud: "common:quiz.readAloud",
    provinceHeading: "common:quiz.province.heading",
    provinceWhy: "common:quiz.province.why",
    provinceLabel: "common:quiz.province.label",
    provinceNone: "common:quiz.province.none",
  });
}

// ---- Steps and the result --------------------------------------------------------------------

/** The engine's event for a step of the page (the province stays with the page). */
function engineEvent(event: PlayEvent): QuizEvent {
  return event.type === "quiz.finish" ? { type: "quiz.finish" } : event;
}

/**
 * Advances the quiz by one event. When this event finishes the quiz, the result is stored (with
 * the province chosen on the last screen, if any) before we answer, under its draw's id, so a
 * repeated request is stored once.
 */
async function advanceQuiz(quiz: SoloQuiz, event: PlayEvent | null, lang: string): Promise<SoloQuiz> {
  if (!event) return quiz;
  if (event.type === "quiz.restart" || event.type === "quiz.start") return startSoloQuiz();
  const next = { ...quiz, state: step(soloQuiz, quiz.state, engineEvent(event)) };
  // Refused (the very same state), or a step that did not finish the quiz: nothing to store. A
  // finished quiz takes no step but restart, so a finished view here is this step's doing.
  if (next.state === quiz.state) return next;
  const province = event.type === "quiz.finish" ? event.province : undefined;
  const submission = soloSubmission({ id: quiz.draw.id, draw: quiz.draw.token }, lang, view(soloQuiz, next.state), province);
  if (submission) {
    // The same check as the results API's: this result answers exactly its draw.
    const admitted = admitResult(submission);
    if (admitted.error !== undefined) throw new TamperedQuizError(admitted.error);
    try {
      await (await resultsStore()).submit(admitted.submission, catalogue);
    } catch (error) {
      // The browser already sent this quiz (e.g. finished in another language): the first copy stays, once.
      if (!(error instanceof SubmissionConflictError)) throw error;
    }
  }
  return next;
}

/**
 * Replays the steps a browser took on its own (with JavaScript) since the signed state it was
 * given. Each must be one the quiz can take there, or the whole state counts as tampered.
 */
export async function replayQuiz(quiz: SoloQuiz, events: readonly PlayEvent[], lang: string): Promise<SoloQuiz> {
  let current = quiz;
  for (const event of events) {
    const next = await advanceQuiz(current, event, lang);
    // The engine answers a step it refuses with the very same state.
    if (next.state === current.state) throw new TamperedQuizError(`The quiz cannot take ${event.type} here.`);
    current = next;
  }
  return current;
}

/**
 * A quiz form post: the steps the browser took by itself first, then the one this form asks for.
 * A changed or foreign state gets a kind notice and a fresh quiz; a bad form is null (a 400).
 */
export async function answerQuizForm(lang: string, data: FormData): Promise<QuizScreen | null> {
  const form = parseQuizForm(data);
  if (!form) return null;
  if (form.intent === "start" || !form.quiz) return screenFor(lang, startSoloQuiz());
  try {
    const played = await replayQuiz(openQuiz(form.quiz), form.events ?? [], lang);
    const quiz = await advanceQuiz(played, eventFor(form), lang);
    return screenFor(lang, view(soloQuiz, quiz.state).status === "intro" ? startSoloQuiz() : quiz, undefined, form.intent === "province");
  } catch (error) {
    if (!(error instanceof TamperedQuizError)) throw error;
    return screenFor(lang, startSoloQuiz(), pick(lang, { tampered: "common:quiz.tampered" }).tampered);
  }
}
