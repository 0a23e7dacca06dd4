import { assign, createMachine } from "xstate";
import type { QuizDefinition } from "./definition";
import { drawIndices, normaliseSettings } from "./draw";
import { QuizStateError } from "./errors";
import type { QuizEvent, QuizSettings } from "./events";
import { readEvent } from "./read-event";
import * as reduce from "./reducers";
import type { QuizContext } from "./state";

export function initialContext(definition: QuizDefinition, settings: QuizSettings | void): QuizContext {
  if (!settings) throw new QuizStateError("A new quiz needs input: { mode, length, seed }.");
  const s = normaliseSettings(definition, settings);
  return { s, i: 0, d: drawIndices(definition, s), a: [], p: [] };
}

function buildMachine(definition: QuizDefinition) {
  const read = (context: QuizContext, event: QuizEvent, replace = false) => readEvent(definition, context, event, replace);
  const round = (context: QuizContext, event: QuizEvent, replace = false) => {
    const found = read(context, event, replace);
    // guards ran first, so a missing round here would be an engine bug, not bad input
    if (!found) throw new Error(`quiz-engine: ${event.type} passed its guard but could not be read`);
    return found.round;
  };
  // createMachine with its implementations, not setup(): setup() brings every action creator
  // xstate has into the browser bundle (~0.8 KB gzip).
  return createMachine(
    {
      // input is optional in the type only so that createActor(machine, { snapshot }) resumes without it
      types: {} as { context: QuizContext; events: QuizEvent; input: QuizSettings | void },
      id: "quiz",
      context: ({ input }) => initialContext(definition, input),
      initial: "intro",
      on: { "quiz.restart": { target: ".intro", actions: "reset" } },
      states: {
        intro: {
          on: { "quiz.start": "question", "quiz.restart": undefined },
        },
        question: {
          on: {
            "quiz.answer": [
              { guard: "endsQuestion", target: "feedback", actions: "recordAnswer" },
              { guard: "takesStep", actions: "recordStep" },
            ],
            "quiz.tally": [
              { guard: "endsQuestion", target: "tallied", actions: "recordStep" },
              { guard: "takesStep", actions: "recordStep" },
            ],
            "quiz.timeUp": { target: "feedback", actions: "recordTimeUp" },
            "quiz.back": [
              { guard: "canUndoTally", actions: "undoTally" },
              { guard: "canReviewPrevious", target: "feedback", actions: "showPrevious" },
            ],
          },
        },
        tallied: {
          on: {
            "quiz.tally": [
              { guard: "correctionEndsQuestion", actions: "correctTally" },
              { guard: "correctionTakesStep", target: "question", actions: "correctTally" },
            ],
            "quiz.reveal": { target: "feedback", actions: "recordPending" },
            "quiz.timeUp": { target: "feedback", actions: "recordPending" },
            "quiz.back": { target: "question", actions: "undoTally" },
          },
        },
        feedback: {
          on: {
            "quiz.next": [
              { guard: "isLastQuestion", target: "finished" },
              { guard: "nextIsAnswered", actions: "showNext" },
              { target: "question", actions: "showNext" },
            ],
            "quiz.back": { guard: "hasPrevious", actions: "showPrevious" },
            "quiz.finish": "finished",
          },
        },
        finished: {},
      },
    },
    {
      guards: {
        endsQuestion: ({ context, event }) => read(context, event)?.ends === true,
        takesStep: ({ context, event }) => read(context, event)?.ends === false,
        correctionEndsQuestion: ({ context, event }) => read(context, event, true)?.ends === true,
        correctionTakesStep: ({ context, event }) => read(context, event, true)?.ends === false,
        canUndoTally: ({ context }) => context.s.mode === "village" && context.p.length > 0,
        canReviewPrevious: ({ context }) => context.i > 0 && context.p.length === 0,
        hasPrevious: ({ context }) => context.i > 0,
        isLastQuestion: ({ context }) => context.i >= context.d.length - 1,
        nextIsAnswered: ({ context }) => context.i + 1 < context.a.length,
      },
      actions: {
        recordAnswer: assign(({ context, event }) => reduce.commit(context, [...context.p, round(context, event)])),
        recordStep: assign(({ context, event }) => reduce.addRound(context, round(context, event))),
        correctTally: assign(({ context, event }) => reduce.replaceRound(context, round(context, event, true))),
        undoTally: assign(({ context }) => reduce.dropRound(context)),
        recordPending: assign(({ context }) => reduce.commit(context, context.p)),
        recordTimeUp: assign(({ context }) => reduce.commit(context, reduce.unansweredRounds(definition, context))),
        showPrevious: assign(({ context }) => reduce.moveTo(context, context.i - 1)),
        showNext: assign(({ context }) => reduce.moveTo(context, context.i + 1)),
        reset: assign(({ context }) => reduce.reset(context)),
      },
    },
  );
}

export type QuizMachine = ReturnType<typeof buildMachine>;

const machines = new WeakMap<QuizDefinition, QuizMachine>();

/**
 * The quiz as an XState machine (input: QuizSettings), built once per definition object.
 * The definition is trusted here: the content checker runs validateDefinition on every bank, and
 * keeping the validator out of this path keeps it out of the browser bundle.
 */
export function createQuizMachine(definition: QuizDefinition): QuizMachine {
  let machine = machines.get(definition);
  if (!machine) {
    machine = buildMachine(definition);
    machines.set(definition, machine);
  }
  return machine;
}
