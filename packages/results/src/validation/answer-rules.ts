import { answerProblems, type Answer, type Mode } from "@waspada/quiz-engine";
import type { SubmissionIssue } from "../errors";
import type { QuestionIndex } from "./quiz-index";

type Path = (string | number)[];

/**
 * Checks one answer against its question. The engine says what an answer to a question may be
 * (ids, shape, a story followed step by step, tallies within the room; an empty selection is a
 * time-up); the store adds what only the whole submission knows: a room is never bigger than
 * its head count, and a village answer always says how many were present.
 */
export function checkAnswer(q: QuestionIndex, answer: Answer, mode: Mode, headCount: number, path: Path): SubmissionIssue[] {
  const issues: SubmissionIssue[] = answerProblems(q.question, answer, mode).map((message) => ({ path, message }));
  if (mode === "group") {
    if (answer.present === undefined) issues.push({ path: [...path, "present"], message: "A village answer says how many were present" });
    else if (answer.present > headCount) issues.push({ path: [...path, "present"], message: "More people present than the head count" });
  }
  return issues;
}
