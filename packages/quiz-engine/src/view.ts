import { toAnswer } from "./answers";
import type { Question, QuizDefinition } from "./definition";
import { optionOrder } from "./draw";
import type { QuizEvent } from "./events";
import { idsAt } from "./read-event";
import { headCount } from "./reducers";
import type { Answer, QuestionResult, QuizResult } from "./result";
import { walkRounds } from "./scenario-path";
import { scoreAnswer, summarise } from "./score-answer";
import type { QuizState, QuizStatus, Round } from "./state";
import { canStep } from "./step";

export interface QuizView {
  status: QuizStatus;
  /** 0-based position of the current question in the draw. */
  index: number;
  total: number;
  /** The drawn questions' ids, in the order they are asked. */
  drawn: string[];
  answered: number;
  question?: Question;
  /** Option ids (single: seeded; trueFalse: ["true","false"]), part ids in advert order, or the current step's choice ids. */
  optionOrder?: string[];
  scenarioStep?: string;
  /** Choice ids taken so far in the current scenario (all of them once it is answered). */
  scenarioPath?: string[];
  /** Group: the tally so far for the current question (status "tallied", or earlier steps of a story). */
  tally?: Answer;
  feedback?: QuestionResult;
  result?: QuizResult;
  can: Record<"start" | "answer" | "tally" | "reveal" | "next" | "back" | "finish" | "restart" | "timeUp", boolean>;
}

/** Everything the UI renders, derived from the state, so no UI ever matches state names. */
export function view(definition: QuizDefinition, state: QuizState): QuizView {
  const can = (type: "quiz.start" | "quiz.reveal" | "quiz.next" | "quiz.back" | "quiz.finish" | "quiz.restart" | "quiz.timeUp") =>
    canStep(definition, state, { type } as QuizEvent);
  const group = state.s.mode === "village";
  const open = state.st === "question" || state.st === "tallied";
  const out: QuizView = {
    status: state.st,
    index: state.i,
    total: state.d.length,
    drawn: state.d.flatMap((index) => definition.questions[index]?.id ?? []),
    answered: state.a.length,
    can: {
      start: can("quiz.start"),
      answer: !group && state.st === "question",
      tally: group && open,
      reveal: can("quiz.reveal"),
      next: can("quiz.next"),
      back: can("quiz.back"),
      finish: can("quiz.finish"),
      restart: can("quiz.restart"),
      timeUp: can("quiz.timeUp"),
    },
  };
  const question = definition.questions[state.d[state.i] ?? -1];
  if (state.st === "finished") out.result = resultOf(definition, state);
  if (!question || state.st === "intro" || state.st === "finished") return out;
  out.question = question;
  const rounds = open ? state.p : state.a[state.i] ?? [];
  if (group && state.p.length > 0) out.tally = toAnswer(question, state.p, state.s.mode);
  if (state.st === "feedback") out.feedback = scoreAnswer(question, toAnswer(question, rounds, state.s.mode), state.s.mode);
  if (question.kind !== "scenario") {
    out.optionOrder = optionOrder(question, state.s.seed);
    return out;
  }
  // a tally awaiting reveal is shown at the step where it was taken
  const shown: Round[] = state.st === "tallied" ? rounds.slice(0, -1) : rounds;
  const path = walkRounds(question, rounds);
  const step = state.st === "feedback" ? path.at ?? path.steps.at(-1) : idsAt(question, shown).step;
  out.scenarioStep = step?.id;
  out.optionOrder = step?.choices.map((choice) => choice.id) ?? [];
  out.scenarioPath = path.taken.map((choice) => choice.id);
  return out;
}

function resultOf(definition: QuizDefinition, state: QuizState): QuizResult {
  const results = state.a.flatMap((rounds, k) => {
    const question = definition.questions[state.d[k] ?? -1];
    return question ? [scoreAnswer(question, toAnswer(question, rounds, state.s.mode), state.s.mode)] : [];
  });
  return summarise(definition, state.s.mode, headCount(state), results);
}
