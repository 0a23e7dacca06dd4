import type { QuestionText } from "@waspada/content";
import type { Outcome, Question, QuizEvent, QuizState, QuizView } from "@waspada/quiz-engine";

/**
 * The quiz's screen model, shared by server and browser: the server builds each screen from the
 * engine's view and the words of the drawn questions, and with JavaScript the browser builds the
 * next ones from the same view and the same words (sent as the quiz pack), with this same code.
 */

/** The words one drawn quiz needs, in one language: the server's lookups, and the pack the browser fetches. */
export interface QuizTexts {
  questions: Record<string, QuestionText>;
  /** The red flags those questions teach. */
  flags: Record<string, { name: string; instead: string }>;
  /** Each question's sources, formatted for reading. */
  sources: Record<string, string[]>;
  /** Which of those sources (1-based) back each explanation: "why", and each option, part or choice id. */
  cites: Record<string, Record<string, number[]>>;
  looks: Record<string, "advert" | "chat">;
  /** The sentences around the questions, placeholders as {{name}}. */
  sentences: Record<"progress" | Outcome | "true" | "false" | "resultHeading" | "resultSummary", string>;
  /** The choices of the optional last question, where the person lives: every province, by code. */
  provinces: { code: string; name: string }[];
}

type Flag = { id: string; name: string; instead: string };

/**
 * A step the quiz page takes: an engine event, where "finish" also carries the province chosen on
 * the last screen (absent for "prefer not to say"). The browser keeps its steps as these, and the
 * server replays them, so a result is the same whichever side stores it.
 */
export type PlayEvent = Exclude<QuizEvent, { type: "quiz.finish" }> | { type: "quiz.finish"; province?: string };

/** One screen of the quiz: words already looked up, ids kept for the form. */
export interface QuizScreen {
  /** "province": after the last feedback, the optional question where the person lives; the result is stored after it. */
  status: "question" | "feedback" | "province" | "finished";
  progress: string;
  current: number;
  total: number;
  question?: {
    id: string;
    kind: Question["kind"];
    look?: "advert" | "chat";
    prompt: string;
    /** Scenario: the text of the current step. */
    stepText?: string;
    /** Radios (one answer) or checkboxes (spot: mark every red flag). */
    multiple: boolean;
    choices: { id: string; label: string }[];
  };
  feedback?: {
    outcome: Outcome;
    heading: string;
    why: string;
    /** The numbers (1-based, in `sources`) of the sources behind `why`. */
    whySources: number[];
    /**
     * Each option, part or story choice: `correct` is the right option, a red-flag part or a safe
     * choice; `sources` the numbers of the sources behind its explanation.
     */
    items: { id: string; label: string; explanation: string; sources: number[]; chosen: boolean; correct: boolean }[];
    /** The red flags this question teaches, each with what to do instead. */
    flags: Flag[];
    sources: string[];
  };
  /** The province screen's choices ("prefer not to say" is the page's own first option). */
  provinces?: { code: string; name: string }[];
  result?: { heading: string; summary: string; spotted: Flag[]; missed: Flag[] };
  /** The signed hidden field that carries the quiz (its draw and engine state) to the next request. */
  sealed: string;
  notice?: string;
  /** Until the quiz is finished: what the browser needs to play on by itself. */
  play?: QuizPlay;
}

/** What the browser plays on from a server-made screen, without a round trip. */
export interface QuizPlay {
  /** The signed draw token a result must carry, and the draw's id (the result's id). */
  draw: string;
  id: string;
  state: QuizState;
  /** The drawn questions' ids, so the browser can fetch their words while it fetches the engine. */
  questions: string[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function fill(sentence: string, vars: Record<string, string | number>): string {
  return sentence.replace(PLACEHOLDER, (all, name: string) => String(vars[name] ?? all));
}

/** Turns the engine's view of a solo quiz into the words the page shows. */
export function buildScreen(texts: QuizTexts, view: QuizView, sealed: string): QuizScreen {
  const current = Math.min(view.index + 1, view.total);
  const base = { progress: fill(texts.sentences.progress, { current, total: view.total }), current, total: view.total, sealed };
  if (view.status === "finished" && view.result) {
    const spotted = new Set<string>();
    const missed = new Set<string>();
    for (const f of view.result.questions.flatMap((q) => q.flags)) {
      if (f.missed > 0) missed.add(f.id);
      else if (f.spotted > 0) spotted.add(f.id);
    }
    for (const id of missed) spotted.delete(id);
    const summary = fill(texts.sentences.resultSummary, { spotted: spotted.size, total: spotted.size + missed.size });
    const flags = (ids: Set<string>) => [...ids].map((id) => flag(texts, id));
    return { ...base, status: "finished", result: { heading: texts.sentences.resultHeading, summary, spotted: flags(spotted), missed: flags(missed) } };
  }
  const q = view.question;
  if (!q) throw new Error(`A quiz in status ${view.status} has no question to show.`);
  const text = texts.questions[q.id];
  if (!text) throw new Error(`No words for question "${q.id}".`);
  if (view.status === "feedback" && view.feedback) {
    const { outcome, answer } = view.feedback;
    return {
      ...base,
      status: "feedback",
      feedback: {
        outcome,
        heading: texts.sentences[outcome],
        why: text.why,
        whySources: texts.cites[q.id]?.why ?? [],
        items: feedbackItems(texts, q, text, view, new Set(answer.selected)),
        flags: q.redFlags.filter((id) => id in texts.flags).map((id) => flag(texts, id)),
        sources: texts.sources[q.id] ?? [],
      },
    };
  }
  const order = view.optionOrder ?? [];
  const ask = (multiple: boolean, label: (id: string) => string, extra: { look?: "advert" | "chat"; stepText?: string } = {}) => ({
    ...base,
    status: "question" as const,
    question: { id: q.id, kind: q.kind, prompt: text.prompt, ...extra, multiple, choices: order.map((id) => ({ id, label: label(id) })) },
  });
  switch (q.kind) {
    case "single":
      return ask(false, (id) => text.options[id]?.label ?? id);
    case "trueFalse":
      return ask(false, (id) => texts.sentences[id === "true" ? "true" : "false"]);
    case "spot": {
      const look = texts.looks[q.id];
      return ask(true, (id) => text.parts[id]?.text ?? id, look ? { look } : {});
    }
    case "scenario": {
      const step = text.steps[view.scenarioStep ?? q.start];
      return ask(false, (id) => step?.choices[id]?.label ?? id, { stepText: step?.text ?? "" });
    }
  }
}

/** Whether this view is the last question's feedback: the next screen asks the optional province question. */
export function atLastFeedback(view: QuizView): boolean {
  return view.status === "feedback" && view.index + 1 >= view.total;
}

/**
 * The optional province question, between the last feedback and the result. It is no step of the
 * quiz engine: the state stays at the last feedback until "see results" finishes the quiz with the
 * chosen province, so the result is stored once, with it.
 */
export function buildProvinceScreen(texts: QuizTexts, view: QuizView, sealed: string): QuizScreen {
  if (!atLastFeedback(view)) throw new Error(`The province question comes after the last feedback, not in status ${view.status}.`);
  return { progress: "", current: view.total, total: view.total, sealed, status: "province", provinces: texts.provinces };
}

function feedbackItems(texts: QuizTexts, q: Question, text: QuestionText, view: QuizView, chosen: Set<string>): NonNullable<QuizScreen["feedback"]>["items"] {
  const cites = texts.cites[q.id] ?? {};
  const item = (id: string, label: string, explanation: string, correct: boolean) => ({ id, label, explanation, sources: cites[id] ?? [], chosen: chosen.has(id), correct });
  switch (q.kind) {
    case "single":
      return (view.optionOrder ?? q.options.map((o) => o.id)).map((id) =>
        item(id, text.options[id]?.label ?? id, text.options[id]?.explanation ?? "", q.options.find((o) => o.id === id)?.correct === true),
      );
    case "trueFalse":
      return (["true", "false"] as const).map((id) => item(id, texts.sentences[id], text.options[id]?.explanation ?? "", (id === "true") === q.answer));
    case "spot":
      return q.parts.map((p) => item(p.id, text.parts[p.id]?.text ?? p.id, text.parts[p.id]?.explanation ?? "", p.redFlag !== undefined));
    case "scenario":
      // The story as the player walked it: each choice taken, and whether it was the safe one.
      return [...chosen].flatMap((choiceId) => {
        const step = q.steps.find((s) => s.choices.some((c) => c.id === choiceId));
        const choice = step?.choices.find((c) => c.id === choiceId);
        const words = step && text.steps[step.id]?.choices[choiceId];
        return choice ? [item(choiceId, words?.label ?? choiceId, words?.explanation ?? "", choice.safe)] : [];
      });
  }
}

function flag(texts: QuizTexts, id: string): Flag {
  const words = texts.flags[id];
  return { id, name: words?.name ?? id, instead: words?.instead ?? "" };
}

/**
 * What a finished solo quiz sends to the results store, or null while it is not finished: answers
 * by id, the draw it was dealt, and the province if the person chose one (none for "prefer not to
 * say"); nothing else about the person. Used by server and browser alike.
 */
export function soloSubmission(play: Pick<QuizPlay, "draw" | "id">, lang: string, finished: QuizView, province?: string | null) {
  const result = finished.status === "finished" ? finished.result : undefined;
  if (!result) return null;
  return {
    id: play.id,
    draw: play.draw,
    quizId: result.quizId,
    quizVersion: result.quizVersion,
    lang,
    mode: "solo" as const,
    ...(province ? { province } : {}),
    headCount: 1,
    answers: result.questions.map(({ answer }) => ({ questionId: answer.questionId, selected: answer.selected })),
  };
}
