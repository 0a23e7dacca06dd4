import type { Question, QuizDefinition } from "./definition";
import { STAGES } from "./definition";
import type { Answer, Mode, QuestionResult, QuizResult, StageTotal } from "./result";
import { scoreChoice } from "./score-choice";
import { scoreScenario } from "./score-scenario";
import { scoreSpot } from "./score-spot";

/**
 * Scores one answer. Pure, so the results package can re-derive flags from stored raw answers.
 * Ids the question does not know score as nothing chosen; use answerProblems to reject them first.
 */
export function scoreAnswer(question: Question, answer: Answer, mode: Mode): QuestionResult {
  switch (question.kind) {
    case "single":
    case "trueFalse":
      return scoreChoice(question, answer, mode);
    case "spot":
      return scoreSpot(question, answer, mode);
    case "scenario":
      return scoreScenario(question, answer, mode);
  }
}

/**
 * Totals over the questions answered (each worth 1), overall and per stage; every stage is present.
 * headCount is 1 solo; for a group, the most people present at any question.
 */
export function summarise(definition: QuizDefinition, mode: Mode, headCount: number, results: QuestionResult[]): QuizResult {
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, { score: 0, max: 0 }])) as Record<
    (typeof STAGES)[number],
    StageTotal
  >;
  let score = 0;
  for (const result of results) {
    const total: StageTotal | undefined = byStage[result.stage];
    if (total) {
      total.score += result.score;
      total.max += 1;
    }
    score += result.score;
  }
  return {
    quizId: definition.id,
    quizVersion: definition.version,
    mode,
    headCount: mode === "solo" ? 1 : Math.max(1, headCount),
    questions: results,
    score,
    max: results.length,
    byStage,
  };
}
