import { describe, expect, it } from "vitest";
import type { Question, QuizDefinition, ScenarioQuestion } from "./definition";
import { fixtureQuiz, smallQuiz } from "./fixtures";
import { validateDefinition } from "./validate-definition";

const story = smallQuiz.questions[2] as ScenarioQuestion;
const withQuestion = (question: Question): QuizDefinition => ({ ...smallQuiz, questions: [question] });
const withStory = (steps: ScenarioQuestion["steps"], start = "s1") => withQuestion({ ...story, start, steps });
const problems = (definition: QuizDefinition) => validateDefinition(definition).join("\n");

describe("validateDefinition", () => {
  it("accepts the fixtures", () => {
    expect(validateDefinition(smallQuiz)).toEqual([]);
    expect(validateDefinition(fixtureQuiz)).toEqual([]);
  });

  it("reports quiz-level problems", () => {
    expect(problems({ id: "", version: 0, questions: [] })).toMatch(/quiz id is empty[\s\S]*positive integer[\s\S]*no questions/);
    expect(problems({ ...smallQuiz, questions: [...smallQuiz.questions, smallQuiz.questions[0] as Question] })).toMatch(
      /"visa-tourist": duplicate question id/
    );
  });

  it("reports question-level problems", () => {
    const tf = smallQuiz.questions[0] as Question;
    expect(problems(withQuestion({ ...tf, redFlags: [] }))).toMatch(/teaches no red flag/);
    expect(problems(withQuestion({ ...tf, id: "has space" }))).toMatch(/id must be letters/);
    expect(problems(withQuestion({ ...tf, stage: "transit" as never }))).toMatch(/unknown stage/);
    const single = fixtureQuiz.questions[0] as Question & { kind: "single" };
    expect(problems(withQuestion({ ...single, options: single.options.map((o) => ({ ...o, correct: true })) }))).toMatch(
      /exactly one correct/
    );
    expect(problems(withQuestion({ ...single, options: [...single.options, { id: "a", correct: false }] }))).toMatch(
      /option "a" is a duplicate/
    );
  });

  it("reports spot questions without red-flag parts or with flags nobody can spot", () => {
    const spot = smallQuiz.questions[1] as Question & { kind: "spot" };
    expect(problems(withQuestion({ ...spot, parts: [{ id: "p1" }, { id: "p2" }] }))).toMatch(/no part is a red flag/);
    expect(problems(withQuestion({ ...spot, redFlags: ["rf01", "rf03", "rf09"] }))).toMatch(/no part shows red flag "rf09"/);
    expect(problems(withQuestion({ ...spot, redFlags: ["rf01"] }))).toMatch(/shows "rf03", not listed/);
  });

  it("reports stories that do not resolve, cannot be reached, loop or never end well", () => {
    const [s1, s2] = story.steps as [ScenarioQuestion["steps"][number], ScenarioQuestion["steps"][number]];
    expect(problems(withStory(story.steps, "s9"))).toMatch(/start step "s9" does not exist/);
    expect(problems(withStory([s1, { id: "s2", choices: [{ id: "x", next: "s7", safe: true }] }]))).toMatch(/missing step "s7"/);
    expect(problems(withStory([s1, { id: "s2", choices: [{ id: "x", safe: true }] }]))).toMatch(/exactly one of next and ending/);
    expect(problems(withStory([s1, { id: "s2", choices: [{ id: "x", next: "s1", ending: "good", safe: true }] }]))).toMatch(
      /exactly one of next and ending/
    );
    expect(problems(withStory([s1, { id: "s2", choices: [{ id: "x", next: "s1", safe: true }] }]))).toMatch(/loop back to "s1"/);
    expect(problems(withStory([s1, s2, { id: "s3", choices: [{ id: "x", ending: "good", safe: true }] }]))).toMatch(
      /"s3" cannot be reached/
    );
    expect(problems(withStory([s1, { id: "s2", choices: [{ id: "x", ending: "bad", safe: false }] }]))).toMatch(
      /no path ends well/
    );
    expect(problems(withStory([s1, { id: "s2", choices: [] }]))).toMatch(/"s2" has no choices/);
    expect(problems(withStory([s1, s2, s2]))).toMatch(/duplicate step id "s2"/);
    const flagged = { id: "s2", choices: [{ id: "x", ending: "good" as const, redFlags: ["rf77"], safe: true }] };
    expect(problems(withStory([s1, flagged]))).toMatch(/shows red flag "rf77" not listed/);
  });
});
