import type { ZodType } from "zod";
import { SubmissionInvalidError, type SubmissionIssue } from "../errors";
import type { QuizCatalogue, Submission } from "../types";
import { checkAnswer } from "./answer-rules";
import { baseSubmissionSchema } from "./base-schema";
import { findQuiz, type QuizIndex } from "./quiz-index";

/**
 * The zod schema for one submission against a catalogue: known quiz id and version, known
 * language, answers to questions of that quiz only, ids valid for each question's kind, village
 * tallies that add up. Strict objects: unknown keys are rejected, strings are bounded.
 */
export function submissionSchema(catalogue: QuizCatalogue): ZodType<Submission> {
  return baseSubmissionSchema.superRefine((sub, ctx) => {
    for (const issue of catalogueIssues(sub, catalogue)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
}

/** Parses untrusted input into a Submission, or throws SubmissionInvalidError listing every problem. */
export function validateSubmission(input: unknown, catalogue: QuizCatalogue): Submission {
  return readSubmission(input, catalogue).sub;
}

/** validateSubmission, also giving back the quiz it answers (looked up in the catalogue once). */
export function readSubmission(input: unknown, catalogue: QuizCatalogue): { sub: Submission; quiz: QuizIndex } {
  const parsed = baseSubmissionSchema.safeParse(input);
  if (!parsed.success) {
    throw new SubmissionInvalidError(
      parsed.error.issues.map((issue) => ({ path: issue.path.map(pathKey), message: issue.message })),
    );
  }
  const quiz = findQuiz(catalogue, parsed.data.quizId, parsed.data.quizVersion);
  const issues = catalogueIssues(parsed.data, catalogue, quiz);
  if (issues.length || !quiz) throw new SubmissionInvalidError(issues);
  return { sub: parsed.data, quiz };
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === "number" ? key : String(key);
}

/** Everything the shape alone cannot say: does this submission fit a quiz we serve? */
export function catalogueIssues(
  sub: Submission,
  catalogue: QuizCatalogue,
  quiz: QuizIndex | undefined = findQuiz(catalogue, sub.quizId, sub.quizVersion),
): SubmissionIssue[] {
  const issues: SubmissionIssue[] = [];
  if (!catalogue.languages.includes(sub.lang)) issues.push({ path: ["lang"], message: "Not a language we serve" });
  if (sub.mode === "solo" && sub.headCount !== 1) issues.push({ path: ["headCount"], message: "A solo quiz is one person" });
  if (sub.mode === "solo" && sub.facilitatorCode !== undefined) issues.push({ path: ["facilitatorCode"], message: "A solo result carries no facilitator code" });
  if (sub.checks) issues.push(...checkIssues(sub));
  if (!quiz) {
    issues.push({ path: ["quizVersion"], message: "Not a quiz id and version we serve" });
    return issues;
  }
  const seen = new Set<string>();
  sub.answers.forEach((answer, i) => {
    const question = quiz.questions.get(answer.questionId);
    if (!question) {
      issues.push({ path: ["answers", i, "questionId"], message: "Not a question of this quiz" });
    } else if (seen.has(answer.questionId)) {
      issues.push({ path: ["answers", i, "questionId"], message: "The question is answered twice" });
    } else {
      issues.push(...checkAnswer(question, answer, sub.mode, sub.headCount, ["answers", i]));
    }
    seen.add(answer.questionId);
  });
  return issues;
}

/** Checks belong to village sessions; no round has more right hands than people, and both rounds ask the same questions. */
function checkIssues(sub: Submission): SubmissionIssue[] {
  const checks = sub.checks;
  if (!checks) return [];
  if (sub.mode === "solo") return [{ path: ["checks"], message: "Checks are for village sessions" }];
  const issues: SubmissionIssue[] = [];
  for (const round of ["opening", "closing"] as const) {
    const tally = checks[round];
    if (!tally) continue;
    if (tally.present > sub.headCount) issues.push({ path: ["checks", round, "present"], message: "More people than the session's head count" });
    for (const [id, right] of Object.entries(tally.right)) {
      if (right > tally.present) issues.push({ path: ["checks", round, "right", id], message: "More hands than people present" });
    }
  }
  if (checks.closing) {
    const ids = (r: Record<string, number>) => Object.keys(r).sort().join();
    if (ids(checks.opening.right) !== ids(checks.closing.right)) {
      issues.push({ path: ["checks", "closing", "right"], message: "The closing check must ask the opening check's questions" });
    }
  }
  return issues;
}
