import type { QuizDefinition } from "./definition";
import type { QuizEvent, QuizSettings } from "./events";
import type { QuizState } from "./state";
import { initialState, step } from "./step";
import { view } from "./view";

/*
 * Test-only: plays a quiz with plausible, deterministic answers, for size measurements and tests
 * that need a quiz part-way or finished. Exported through "./testing".
 */

/** An answer (solo) or tally (village) for whatever the current question or story step is. */
export function autoEvent(definition: QuizDefinition, state: QuizState, present = 40): QuizEvent {
  const shown = view(definition, state);
  const ids = shown.optionOrder ?? [];
  const k = shown.index + (shown.scenarioPath?.length ?? 0);
  if (state.s.mode === "solo") {
    const selected = shown.question?.kind === "spot" ? ids.filter((_id, j) => (j + k) % 3 !== 1) : [ids[k % ids.length] ?? ""];
    return { type: "quiz.answer", selected };
  }
  const counts = Object.fromEntries(ids.map((id, j) => [id, ((j + 3) * (k + 7) * 13) % (present + 1)]));
  return { type: "quiz.tally", counts, present };
}

/** Starts a quiz and answers `answers` questions (all of them finishes it), ending at feedback. */
export function playQuiz(definition: QuizDefinition, settings: QuizSettings, answers = Infinity, present = 40): QuizState {
  let state = step(definition, initialState(definition, settings), { type: "quiz.start" });
  for (let guard = 0; guard < 1000 && state.a.length < answers; guard++) {
    const status = view(definition, state).status;
    const event: QuizEvent =
      status === "feedback"
        ? { type: "quiz.next" }
        : status === "tallied"
        ? { type: "quiz.reveal" }
        : autoEvent(definition, state, present);
    const next = step(definition, state, event);
    if (next === state || next.st === "finished") return next;
    state = next;
  }
  return state;
}
