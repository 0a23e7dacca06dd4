import type { Answer, QuizDefinition, QuizView } from "@waspada/quiz-engine";

/** Hands for the right answer of each check question, out of the people present. */
export interface CheckRound {
  present: number;
  right: Record<string, number>;
}

/** What a finished village session sends: tallies per question, checks and the facilitator's code. Nothing about a person. */
export interface VillageSubmission {
  id: string;
  quizId: string;
  quizVersion: number;
  lang: string;
  mode: "village";
  province?: string;
  headCount: number;
  answers: Answer[];
  checks?: { opening: CheckRound; closing?: CheckRound };
  facilitatorCode: string;
}

export interface SessionSetup {
  id: string;
  lang: string;
  province?: string;
  headCount: number;
  facilitatorCode: string;
}

/** The submission of a finished session, or null while the quiz is not finished. */
export function villageSubmission(
  definition: QuizDefinition,
  setup: SessionSetup,
  finished: QuizView,
  checks: { opening?: CheckRound; closing?: CheckRound },
): VillageSubmission | null {
  if (finished.status !== "finished" || !finished.result) return null;
  const answers = finished.result.questions.map(({ answer }) => answer);
  // The head count is the most people present at any point: a question, a check or the setup's count.
  const presents = [finished.result.headCount, checks.opening?.present ?? 0, checks.closing?.present ?? 0];
  return {
    id: setup.id,
    quizId: definition.id,
    quizVersion: definition.version,
    lang: setup.lang,
    mode: "village",
    ...(setup.province ? { province: setup.province } : {}),
    headCount: Math.max(1, ...presents),
    answers,
    ...(checks.opening ? { checks: { opening: checks.opening, ...(checks.closing ? { closing: checks.closing } : {}) } } : {}),
    facilitatorCode: setup.facilitatorCode,
  };
}
