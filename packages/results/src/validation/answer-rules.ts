import { answerProblems, type Answer, type Mode } from "@waspada/quiz-engine";
import type { SubmissionIssue } from "../errors";
import { boundedMemo } from "../memo";
import type { QuestionIndex } from "./quiz-index";

type Path = (string | number)[];

/**
 * Checks one answer against its question. The engine says what an answer to a question may be
 * (ids, shape, a story followed step by step, tallies within the room; an empty selection is a
 * time-up); the store adds what only the whole submission knows: a room is never bigger than
 * its head count, and a village answer always says how many were present.
 */
export function checkAnswer(q: QuestionIndex, answer: Answer, mode: Mode, headCount: number, path: Path): SubmissionIssue[] {
  const problems = mode === "solo" && answer.counts === undefined && answer.present === undefined ? soloProblems(q, answer.selected) : answerProblems(q.question, answer, mode);
  const issues: SubmissionIssue[] = problems.map((message) => ({ path, message }));
  if (mode === "village") {
    if (answer.present === undefined) issues.push({ path: [...path, "present"], message: "A village answer says how many were present" });
    else if (answer.present > headCount) issues.push({ path: [...path, "present"], message: "More people present than the head count" });
  }
  return issues;
}

/**
 * What is wrong with a solo answer depends only on the question and the ids picked, and a
 * question has few such answers, so each is checked once (a bulk import checks millions).
 */
const soloMemo = boundedMemo<QuestionIndex, readonly string[]>(10_000);

function soloProblems(q: QuestionIndex, selected: readonly string[]): readonly string[] {
  // Ids match the id pattern by now (the schema ran first), so they never hold this separator.
  return soloMemo(q, selected.join("\u0001"), () => answerProblems(q.question, { questionId: q.question.id, selected: [...selected] }, "solo"));
}
