import { LANGUAGES, coreQuiz } from "@waspada/content";
import { initialState, step, view, type QuizEvent, type QuizState } from "@waspada/quiz-engine";
import { describe, expect, it } from "vitest";
import { buildQuizModel } from "./build-model";
import { MAX_EVENTS, parseQuizForm } from "./quiz-form.server";
import { textsFromPack, type QuizPack } from "./quiz-pack";
import { quizPack, serverTexts } from "./quiz-texts.server";
import { TamperedQuizError, drawnQuestionIds, replayQuiz, startSoloQuiz } from "./quiz.server";

/** The next step of a player who always takes the first choice (and, in adverts, the first two parts). */
function nextEvent(state: QuizState): QuizEvent | null {
  const shown = view(coreQuiz, state);
  if (shown.status === "question") {
    const order = shown.optionOrder ?? [];
    return { type: "quiz.answer", selected: shown.question?.kind === "spot" ? order.slice(0, 2) : order.slice(0, 1) };
  }
  if (shown.status === "feedback") return { type: shown.can.next ? "quiz.next" : "quiz.finish" };
  return null;
}

function play(seed: number): { states: QuizState[]; events: QuizEvent[] } {
  let state = step(coreQuiz, initialState(coreQuiz, { mode: "solo", length: 10, seed }), { type: "quiz.start" });
  const states = [state];
  const events: QuizEvent[] = [];
  for (let event = nextEvent(state); event; event = nextEvent(state)) {
    state = step(coreQuiz, state, event);
    states.push(state);
    events.push(event);
  }
  return { states, events };
}

describe("playing in the browser", () => {
  it.each(LANGUAGES)("builds every screen from the pack exactly as the server builds it (%s)", (lang) => {
    for (let seed = 1; seed <= 25; seed++) {
      const { states } = play(seed);
      expect(view(coreQuiz, states.at(-1)!).status).toBe("finished");
      const ids = drawnQuestionIds({ submissionId: "x", state: states[0]! });
      // The pack travels as JSON.
      const pack = JSON.parse(JSON.stringify(quizPack(lang, ids))) as QuizPack;
      for (const state of states) {
        const shown = view(coreQuiz, state);
        expect(buildQuizModel(textsFromPack(pack), shown, "sealed")).toEqual(buildQuizModel(serverTexts(lang), shown, "sealed"));
      }
    }
  });

  it("leaves a placeholder it has no value for as it is, and an unknown key as the key", () => {
    const texts = textsFromPack({ texts: { "common:quiz.progress": "Q {{current}} of {{total}}" }, sources: {}, looks: {} });
    expect(texts.t("common:quiz.progress", { current: 2 })).toBe("Q 2 of {{total}}");
    expect(texts.t("questions:nope.prompt")).toBe("questions:nope.prompt");
  });

  it("carries only the drawn questions' words", () => {
    const quiz = startSoloQuiz();
    const ids = drawnQuestionIds(quiz);
    const pack = quizPack("id", ids);
    const asked = new Set(Object.keys(pack.texts).flatMap((k) => (k.startsWith("questions:") ? [k.split(".")[0]!.slice(10)] : [])));
    expect([...asked].sort()).toEqual([...ids].sort());
  });
});

describe("replaying the browser's steps on the server", () => {
  it("reaches the state the browser reached", async () => {
    const { states, events } = play(7);
    // Everything but the last step, which finishes the quiz and would store a result.
    const upTo = events.length - 1;
    expect(view(coreQuiz, states[upTo]!).status).toBe("feedback");
    const replayed = await replayQuiz({ submissionId: "x", state: states[0]! }, events.slice(0, upTo), "id");
    expect(replayed.state).toEqual(states[upTo]);
  });

  it("refuses a step the quiz cannot take there, as a tampered state", async () => {
    const { states } = play(7);
    const bad: QuizEvent[][] = [
      [{ type: "quiz.next" }], // nothing answered yet
      [{ type: "quiz.answer", selected: ["no-such-option"] }],
      [{ type: "quiz.finish" }],
    ];
    for (const events of bad) {
      await expect(replayQuiz({ submissionId: "x", state: states[0]! }, events, "id")).rejects.toBeInstanceOf(TamperedQuizError);
    }
  });
});

describe("the quiz form's events field", () => {
  const form = (events: string) => {
    const data = new FormData();
    data.set("intent", "view");
    data.set("events", events);
    return parseQuizForm(data);
  };

  it("reads a list of answer, next and finish steps", () => {
    expect(form(JSON.stringify([{ type: "quiz.answer", selected: ["a"] }, { type: "quiz.next" }]))?.events).toHaveLength(2);
  });

  it.each([
    ["not JSON", "{"],
    ["not a list", JSON.stringify({ type: "quiz.next" })],
    ["an event the browser never takes", JSON.stringify([{ type: "quiz.restart" }])],
    ["an extra field", JSON.stringify([{ type: "quiz.next", seed: 1 }])],
    ["a choice that is not a string", JSON.stringify([{ type: "quiz.answer", selected: [1] }])],
    ["too many steps", JSON.stringify(Array.from({ length: MAX_EVENTS + 1 }, () => ({ type: "quiz.next" })))],
    ["too long", JSON.stringify([{ type: "quiz.answer", selected: ["x".repeat(20_000)] }])],
  ])("refuses %s", (_name, events) => {
    expect(form(events)).toBeNull();
  });
});
