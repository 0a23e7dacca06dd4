import { coreQuiz } from "@waspada/content";
import { drawQuestions, step, type QuizView } from "@waspada/quiz-engine";
import { describe, expect, it } from "vitest";
import { checkRound, nextCheck, runView, sessionSeed, startRun, stepRun, type SessionRun } from "./run";
import { villageSubmission } from "./village-submission";

const setup = { id: "6f1c2a9e-1b7d-4c1e-9a51-2f8e3c9d0b11", lang: "id", headCount: 30, facilitatorCode: "code-1" };

/** Plays a whole session: every question gets hands on its first option until it can be revealed. */
function play(run: SessionRun): SessionRun {
  let current = run;
  for (let guard = 0; guard < 500; guard++) {
    const view: QuizView = runView(coreQuiz, current);
    if (view.status === "finished") return current;
    const event =
      view.status === "feedback"
        ? { type: view.can.next ? ("quiz.next" as const) : ("quiz.finish" as const) }
        : view.status === "tallied"
          ? { type: "quiz.reveal" as const }
          : { type: "quiz.tally" as const, counts: { [view.optionOrder![0]!]: 20 }, present: 30 };
    const next = stepRun(coreQuiz, current, event);
    if (!next) throw new Error(`The engine refused ${event.type} at ${view.status}`);
    current = next;
  }
  throw new Error("The session never finished.");
}

describe("a village session run", () => {
  it("draws every kind of question the bank holds, for both lengths and many seeds", () => {
    const kinds = new Set(coreQuiz.questions.map((q) => q.kind));
    const kindOf = new Map(coreQuiz.questions.map((q) => [q.id, q.kind]));
    for (const length of [6, 12]) {
      for (let start = 0; start < 40; start++) {
        const seed = sessionSeed(coreQuiz, length, start * 7919);
        const drawn = new Set(drawQuestions(coreQuiz, { mode: "village", length, seed }).map((id) => kindOf.get(id)));
        expect(drawn).toEqual(kinds);
      }
    }
  });

  it("ends in a submission with every question's tallies, both checks and the facilitator code, and nothing else", () => {
    let run = startRun(coreQuiz, setup, 6, false, 12345);
    for (const id of ["passport", "broker", "salary"]) run = nextCheck({ ...run, opening: { ...run.opening, [id]: 8 } }, 3);
    expect(run.phase).toBe("quiz");
    run = play(run);
    run = { ...run, phase: "closing", check: 0 };
    for (const id of ["passport", "broker", "salary"]) run = nextCheck({ ...run, closing: { ...run.closing, [id]: 24 } }, 3);
    expect(run.phase).toBe("summary");
    const ids = ["passport", "broker", "salary"];
    const submission = villageSubmission(coreQuiz, setup, runView(coreQuiz, run), {
      opening: checkRound(run, "opening", ids),
      closing: checkRound(run, "closing", ids),
    });
    expect(submission).toMatchObject({
      id: setup.id,
      mode: "village",
      headCount: 30,
      facilitatorCode: "code-1",
      checks: { opening: { present: 30, right: { passport: 8 } }, closing: { present: 30, right: { salary: 24 } } },
    });
    expect(submission!.answers).toHaveLength(6);
    expect(submission!.answers.every((a) => a.present === 30 && a.counts !== undefined)).toBe(true);
    expect(Object.keys(submission!).sort()).toEqual(["answers", "checks", "facilitatorCode", "headCount", "id", "lang", "mode", "quizId", "quizVersion"]);
  });

  it("gives no submission before the quiz is finished, and no check round with a question missing", () => {
    const run = startRun(coreQuiz, setup, 6, false, 1);
    expect(villageSubmission(coreQuiz, setup, runView(coreQuiz, run), {})).toBeNull();
    expect(checkRound({ ...run, opening: { passport: 1, broker: 2 } }, "opening", ["passport", "broker", "salary"])).toBeUndefined();
    expect(step(coreQuiz, run.state, { type: "quiz.reveal" })).toBe(run.state);
  });
});
