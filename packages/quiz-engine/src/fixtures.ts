import type { QuizDefinition, ScenarioQuestion, SpotQuestion } from "./definition";

/*
 * Test fixtures: ids only, shaped like the real bank (rf01… red flags, a/b/c options, p1… parts).
 * Exported through "./testing", never from the package index.
 */

/** Three questions, one per non-trivial kind: small enough for @xstate/graph to walk every path. */
export const smallQuiz: QuizDefinition = {
  id: "small-fixture",
  version: 1,
  questions: [
    { id: "visa-tourist", kind: "trueFalse", stage: "departure", redFlags: ["rf12"], difficulty: 1, answer: false },
    {
      id: "advert-salary",
      kind: "spot",
      stage: "recruitment",
      redFlags: ["rf01", "rf03"],
      difficulty: 2,
      parts: [{ id: "p1", redFlag: "rf01" }, { id: "p2" }, { id: "p3", redFlag: "rf03" }],
    },
    {
      id: "story-passport",
      kind: "scenario",
      stage: "destination",
      redFlags: ["rf20"],
      difficulty: 2,
      start: "s1",
      steps: [
        {
          id: "s1",
          choices: [
            { id: "keep", next: "s2", safe: true },
            { id: "hand-over", ending: "bad", redFlags: ["rf20"], safe: false },
          ],
        },
        {
          id: "s2",
          choices: [
            { id: "call", ending: "good", safe: true },
            { id: "wait", ending: "bad", safe: false },
          ],
        },
      ],
    },
  ],
};

const spot = (id: string, stage: SpotQuestion["stage"], flags: string[]): SpotQuestion => ({
  id,
  kind: "spot",
  stage,
  redFlags: flags,
  difficulty: 2,
  parts: [
    { id: "p1", redFlag: flags[0] },
    { id: "p2" },
    { id: "p3", redFlag: flags[1] ?? flags[0] },
    { id: "p4" },
    { id: "p5", redFlag: flags[0] },
    { id: "p6" },
  ],
});

const story = (id: string, stage: ScenarioQuestion["stage"], flag: string): ScenarioQuestion => ({
  id,
  kind: "scenario",
  stage,
  redFlags: [flag, "rf30"],
  difficulty: 3,
  start: "offer",
  steps: [
    {
      id: "offer",
      choices: [
        { id: "check", next: "agency", safe: true },
        { id: "accept", next: "broker", redFlags: [flag], safe: false },
        { id: "refuse", ending: "good", safe: true },
      ],
    },
    {
      id: "agency",
      choices: [
        { id: "register", ending: "good", safe: true },
        { id: "skip", next: "broker", safe: false },
      ],
    },
    {
      id: "broker",
      choices: [
        { id: "pay", ending: "bad", redFlags: ["rf30"], safe: false },
        { id: "leave", ending: "good", safe: true },
      ],
    },
  ],
});

const single = (id: string, stage: SpotQuestion["stage"], flag: string, correct: string, shuffle?: boolean) => ({
  id,
  kind: "single" as const,
  stage,
  redFlags: [flag],
  difficulty: 1 as const,
  options: ["a", "b", "c", "d"].map((option) => ({ id: option, correct: option === correct })),
  ...(shuffle === undefined ? {} : { shuffle }),
});

/** Sixteen questions, four per stage, every kind: the size and property tests draw 15 of them. */
export const fixtureQuiz: QuizDefinition = {
  id: "fixture",
  version: 3,
  questions: [
    single("salary-too-high", "recruitment", "rf01", "b"),
    spot("advert-facebook", "recruitment", ["rf01", "rf02"]),
    { id: "no-contract", kind: "trueFalse", stage: "recruitment", redFlags: ["rf05"], difficulty: 1, answer: true },
    story("story-cousin", "recruitment", "rf04"),
    single("tourist-visa", "departure", "rf12", "a"),
    { id: "fast-departure", kind: "trueFalse", stage: "departure", redFlags: ["rf10"], difficulty: 1, answer: false },
    spot("chat-broker", "departure", ["rf10", "rf11"]),
    single("transit-border", "departure", "rf13", "d", false),
    story("story-compound", "destination", "rf21"),
    single("passport-held", "destination", "rf20", "c"),
    spot("chat-boss", "destination", ["rf22", "rf23"]),
    { id: "debt-bondage", kind: "trueFalse", stage: "destination", redFlags: ["rf24"], difficulty: 2, answer: true },
    single("who-to-call", "return", "rf31", "a"),
    { id: "fake-charges", kind: "trueFalse", stage: "return", redFlags: ["rf32"], difficulty: 2, answer: true },
    spot("chat-recruit-again", "return", ["rf33", "rf01"]),
    story("story-return", "return", "rf31"),
  ],
};
