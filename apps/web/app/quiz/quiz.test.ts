import { LANGUAGES, questionBank } from "@waspada/content";
import { initialState, step, view, type QuizEvent, type QuizState } from "@waspada/quiz-engine";
import { PROVINCES, SubmissionInvalidError, validateSubmission } from "@waspada/results";
import { describe, expect, it } from "vitest";
import { catalogue, soloQuiz } from "../api/catalogue.server";
import { sign } from "../utils/signed-state.server";
import { settings } from "../../settings.mjs";
import { SOLO_QUIZ_LENGTH, admitResult, drawnQuestions, newDraw, readDraw, type Draw } from "./draw.server";
import { provinceOptions } from "../utils/provinces.server";
import { MAX_EVENTS, TamperedQuizError, openQuiz, parseQuizForm, questionCitations, quizTexts, replayQuiz, screenFor, sealQuiz, startSoloQuiz } from "./quiz.server";
import { atLastFeedback, buildProvinceScreen, buildScreen, soloSubmission, type QuizTexts } from "./screen";

/** The next step of a player who always takes the first choice (and, in adverts, the first two parts). */
function nextEvent(state: QuizState): QuizEvent | null {
  const shown = view(soloQuiz, state);
  if (shown.status === "question") {
    const order = shown.optionOrder ?? [];
    return { type: "quiz.answer", selected: shown.question?.kind === "spot" ? order.slice(0, 2) : order.slice(0, 1) };
  }
  if (shown.status === "feedback") return { type: shown.can.next ? "quiz.next" : "quiz.finish" };
  return null;
}

function play(draw: Draw): { states: QuizState[]; events: QuizEvent[] } {
  let state = step(soloQuiz, initialState(soloQuiz, { mode: "solo", length: SOLO_QUIZ_LENGTH, seed: draw.seed }), { type: "quiz.start" });
  const states = [state];
  const events: QuizEvent[] = [];
  for (let event = nextEvent(state); event; event = nextEvent(state)) {
    state = step(soloQuiz, state, event);
    states.push(state);
    events.push(event);
  }
  return { states, events };
}

/** A finished quiz's submission, as the browser sends it. */
function finished(draw: Draw, lang = "id") {
  const { states } = play(draw);
  const submission = soloSubmission({ id: draw.id, draw: draw.token }, lang, view(soloQuiz, states.at(-1)!));
  if (!submission) throw new Error("the quiz did not finish");
  return submission;
}

const DAY = 86_400_000;

describe("the screen model on both sides", () => {
  it.each(LANGUAGES)("builds every screen from the pack (as JSON) exactly as the server builds it (%s)", (lang) => {
    for (let n = 0; n < 25; n++) {
      const draw = newDraw();
      const { states } = play(draw);
      expect(view(soloQuiz, states.at(-1)!).status).toBe("finished");
      const ids = view(soloQuiz, states[0]!).drawn;
      const pack = JSON.parse(JSON.stringify(quizTexts(lang, ids))) as QuizTexts;
      for (const state of states) {
        const shown = view(soloQuiz, state);
        expect(buildScreen(pack, shown, "sealed")).toEqual(buildScreen(quizTexts(lang, ids), shown, "sealed"));
        if (atLastFeedback(shown)) expect(buildProvinceScreen(pack, shown, "sealed")).toEqual(buildProvinceScreen(quizTexts(lang, ids), shown, "sealed"));
      }
    }
  });

  it("fills the placeholders of the sentences around the questions", () => {
    const { states } = play(newDraw());
    const shown = view(soloQuiz, states[0]!);
    expect(buildScreen(quizTexts("en", shown.drawn), shown, "s").progress).toBe("Question 1 of 10");
  });

  it("carries only the drawn questions' words, and the draw's questions are the ones the quiz asks", () => {
    const quiz = startSoloQuiz();
    const ids = view(soloQuiz, quiz.state).drawn;
    expect(ids).toEqual(drawnQuestions(quiz.draw));
    expect(Object.keys(quizTexts("id", ids).questions).sort()).toEqual([...ids].sort());
  });
});

describe("each explanation cites its own sources", () => {
  it.each(LANGUAGES)("numbers every question's sources once and points each explanation at the ones behind it (%s)", (lang) => {
    for (const question of questionBank) {
      const { list, byExplanation } = questionCitations(lang, question);
      expect(new Set(list).size, question.id).toBe(list.length);
      const used = new Set(Object.values(byExplanation).flat());
      expect([...used].sort((a, b) => a - b), question.id).toEqual(list.map((_, i) => i + 1));
      const neutral = new Set(question.kind === "spot" ? question.parts.filter((p) => !p.redFlag).map((p) => p.id) : []);
      for (const [key, numbers] of Object.entries(byExplanation)) {
        if (key !== "why" && !neutral.has(key)) expect(numbers.length, `${question.id} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it("shows each feedback item with the numbers of its sources, within the question's list", () => {
    for (let n = 0; n < 10; n++) {
      const { states } = play(newDraw());
      const ids = view(soloQuiz, states[0]!).drawn;
      const texts = quizTexts("id", ids);
      for (const state of states) {
        const feedback = buildScreen(texts, view(soloQuiz, state), "s").feedback;
        if (!feedback) continue;
        const within = (numbers: number[]) => numbers.every((k) => k >= 1 && k <= feedback.sources.length);
        expect(within(feedback.whySources)).toBe(true);
        for (const item of feedback.items) {
          expect(within(item.sources), item.id).toBe(true);
          if (item.correct || !/^p\d+$/.test(item.id)) expect(item.sources.length, item.id).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("the draw token", () => {
  it("reads back what was dealt, and names nothing about the person", () => {
    const draw = newDraw();
    expect(readDraw(draw.token)).toEqual(draw);
    expect(draw.token.split(".").slice(0, 5)).toEqual([draw.id, soloQuiz.id, String(soloQuiz.version), String(draw.seed), draw.day]);
  });

  it("refuses a changed, forged, foreign or overlong token", () => {
    const { token } = newDraw();
    const [id, quizId, version, seed, day, mac] = token.split(".");
    const otherSeed = `${id}.${quizId}.${version}.${Number(seed) ^ 1}.${day}.${mac}`;
    expect(readDraw(otherSeed)).toBeNull();
    expect(readDraw(`${token.slice(0, -2)}AA`)).toBeNull();
    // Signed with the quiz state's key instead of the draw key: a sealed state never passes as a draw.
    expect(readDraw(sign(token.slice(0, token.lastIndexOf(".")), settings().SESSION_SECRET))).toBeNull();
    expect(readDraw(sign(`${id}.other-quiz.1.${seed}.${day}`, `draw:${settings().SESSION_SECRET}`))).toBeNull();
    expect(readDraw(`${token}${"x".repeat(300)}`)).toBeNull();
    for (const junk of [undefined, null, 42, "", ".", "a.b.c.d.e.f"]) expect(readDraw(junk)).toBeNull();
  });

  it("is good on the day it was dealt and the next, then expires", () => {
    const dealt = Date.UTC(2026, 11, 6, 23, 59);
    const draw = newDraw(dealt);
    expect(readDraw(draw.token, dealt)).not.toBeNull();
    expect(readDraw(draw.token, dealt + DAY)).not.toBeNull();
    expect(readDraw(draw.token, dealt + 2 * DAY)).toBeNull();
    expect(readDraw(draw.token, dealt - DAY)).toBeNull();
  });
});

describe("admitting a solo result", () => {
  it("takes a result that answers exactly its draw, without the draw field", () => {
    const draw = newDraw();
    const submission = finished(draw);
    const admitted = admitResult(submission);
    expect(admitted.error).toBeUndefined();
    expect(admitted.submission).not.toHaveProperty("draw");
    expect(admitted.submission).toMatchObject({ id: draw.id, mode: "solo" });
  });

  it("refuses a result without a valid draw, under another id, with extra, missing or repeated questions", () => {
    const draw = newDraw();
    const good = finished(draw);
    const other = drawnQuestions(newDraw()).find((id) => !drawnQuestions(draw).includes(id))!;
    const bad = [
      { ...good, draw: undefined },
      { ...good, draw: newDraw().token },
      { ...good, draw: `${draw.token}x` },
      { ...good, id: newDraw().id },
      { ...good, answers: [...good.answers, { questionId: other, selected: ["a"] }] },
      { ...good, answers: good.answers.slice(1) },
      { ...good, answers: [...good.answers.slice(1), good.answers[1]!] },
      { ...good, quizVersion: good.quizVersion + 1 },
    ];
    for (const input of bad) expect(admitResult(input).error, JSON.stringify(input).slice(0, 80)).toEqual(expect.any(String));
  });

  it("refuses an expired draw", () => {
    const draw = newDraw(Date.now() - 2 * DAY);
    expect(admitResult(finished(draw)).error).toMatch(/draw/);
  });

  it("passes a village session through unchanged, but refuses a draw on one", () => {
    const village = { id: "x", mode: "village", answers: [] };
    expect(admitResult(village).submission).toBe(village);
    expect(admitResult({ ...village, draw: newDraw().token }).error).toEqual(expect.any(String));
  });
});

describe("the signed state", () => {
  it("opens what it sealed, and refuses a state swapped under another draw", () => {
    const quiz = startSoloQuiz();
    expect(openQuiz(sealQuiz(quiz))).toEqual(quiz);
    const other = startSoloQuiz();
    expect(() => openQuiz(sealQuiz({ draw: quiz.draw, state: other.state }))).toThrow(TamperedQuizError);
  });
});

describe("replaying the browser's steps on the server", () => {
  it("reaches the state the browser reached", async () => {
    const quiz = startSoloQuiz();
    const { states, events } = play(quiz.draw);
    // Everything but the last step, which finishes the quiz and would store a result.
    const upTo = events.length - 1;
    expect(view(soloQuiz, states[upTo]!).status).toBe("feedback");
    const replayed = await replayQuiz(quiz, events.slice(0, upTo), "id");
    expect(replayed.state).toEqual(states[upTo]);
  });

  it("refuses a step the quiz cannot take there, as a tampered state", async () => {
    const quiz = startSoloQuiz();
    const bad: QuizEvent[][] = [
      [{ type: "quiz.next" }], // nothing answered yet
      [{ type: "quiz.answer", selected: ["no-such-option"] }],
      [{ type: "quiz.finish" }],
    ];
    for (const events of bad) await expect(replayQuiz(quiz, events, "id")).rejects.toBeInstanceOf(TamperedQuizError);
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

describe("the optional province question", () => {
  const finishForm = (province?: string) => {
    const data = new FormData();
    data.set("intent", "finish");
    if (province !== undefined) data.set("province", province);
    return parseQuizForm(data);
  };
  const finishEvents = (event: object) => {
    const data = new FormData();
    data.set("intent", "view");
    data.set("events", JSON.stringify([event]));
    return parseQuizForm(data);
  };

  it("takes a province code, or nothing for “prefer not to say”", () => {
    for (const code of PROVINCES) expect(finishForm(code)?.province).toBe(code);
    expect(finishForm("")?.province).toBe("");
    expect(finishForm()).not.toBeNull();
    expect(finishEvents({ type: "quiz.finish", province: "ID-JB" })?.events).toEqual([{ type: "quiz.finish", province: "ID-JB" }]);
    expect(finishEvents({ type: "quiz.finish" })?.events).toEqual([{ type: "quiz.finish" }]);
  });

  it.each([
    ["an unknown code", "ID-XX"],
    ["a code in lower case", "id-jb"],
    ["a name", "Jawa Barat"],
    ["a code with a space", "ID-JB "],
    ["half a code", "ID"],
    ["a long value", "x".repeat(5_000)],
    ["two codes", "ID-AC,ID-BA"],
  ])("refuses %s as a province, in the form and in a replayed step", (_name, province) => {
    expect(finishForm(province)).toBeNull();
    expect(finishEvents({ type: "quiz.finish", province })).toBeNull();
  });

  it("refuses a province on any step but finish", () => {
    expect(finishEvents({ type: "quiz.next", province: "ID-JB" })).toBeNull();
  });

  it.each(LANGUAGES)("names all 38 provinces in %s", (lang) => {
    const options = provinceOptions(lang);
    expect(options.map((o) => o.code)).toEqual([...PROVINCES]);
    for (const { code, name } of options) {
      expect(name, code).toMatch(/\S/);
      expect(name, code).not.toMatch(/^provinces:|^ID-/);
    }
  });

  it("is asked after the last feedback only, as a screen that changes nothing", () => {
    const quiz = startSoloQuiz();
    const { states } = play(quiz.draw);
    const last = states.findIndex((state) => atLastFeedback(view(soloQuiz, state)));
    expect(last).toBe(states.length - 2);
    const texts = quizTexts("en", view(soloQuiz, quiz.state).drawn);
    expect(buildProvinceScreen(texts, view(soloQuiz, states[last]!), "s")).toMatchObject({ status: "province", provinces: provinceOptions("en") });
    for (const state of [states[0]!, states[1]!, states.at(-1)!]) expect(() => buildProvinceScreen(texts, view(soloQuiz, state), "s")).toThrow();
    // The server asks it only there: elsewhere the same request shows the quiz's own screen.
    const atLast = { ...quiz, state: states[last]! };
    expect(screenFor("id", atLast, undefined, true)).toMatchObject({ status: "province", sealed: sealQuiz(atLast) });
    expect(screenFor("id", quiz, undefined, true).status).toBe("question");
  });

  it("travels with the result only when chosen, and the store refuses an unknown one", () => {
    const draw = newDraw();
    const done = view(soloQuiz, play(draw).states.at(-1)!);
    const play1 = { id: draw.id, draw: draw.token };
    expect(soloSubmission(play1, "id", done)).not.toHaveProperty("province");
    expect(soloSubmission(play1, "id", done, null)).not.toHaveProperty("province");
    expect(soloSubmission(play1, "id", done, "")).not.toHaveProperty("province");
    const chosen = soloSubmission(play1, "id", done, "ID-JB");
    expect(chosen).toMatchObject({ province: "ID-JB" });
    // Nothing else about the person: the same keys as without a province, plus it.
    expect(Object.keys(chosen!).sort()).toEqual([...Object.keys(soloSubmission(play1, "id", done)!), "province"].sort());
    const admitted = admitResult(chosen);
    expect(validateSubmission(admitted.submission, catalogue)).toMatchObject({ province: "ID-JB" });
    expect(() => validateSubmission(admitResult({ ...chosen, province: "ID-XX" }).submission, catalogue)).toThrow(SubmissionInvalidError);
  });
});
