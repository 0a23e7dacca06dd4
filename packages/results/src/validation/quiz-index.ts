import type { Question, QuizDefinition, ScenarioStep } from "@waspada/quiz-engine";
import type { QuizCatalogue } from "../types";

/** What validation and scoring need to know about one question, looked up once. */
export interface QuestionIndex {
  question: Question;
  /** Story questions: steps by id. */
  steps: ReadonlyMap<string, ScenarioStep>;
}

export interface QuizIndex {
  quiz: QuizDefinition;
  questions: ReadonlyMap<string, QuestionIndex>;
}

const cache = new WeakMap<QuizDefinition, QuizIndex>();

/** Quiz definitions are long-lived module constants, so the index is built once per definition. */
export function indexQuiz(quiz: QuizDefinition): QuizIndex {
  let index = cache.get(quiz);
  if (!index) {
    const questions = new Map(
      quiz.questions.map((question) => [
        question.id,
        { question, steps: new Map(question.kind === "scenario" ? question.steps.map((s) => [s.id, s]) : []) },
      ]),
    );
    index = { quiz, questions };
    cache.set(quiz, index);
  }
  return index;
}

export function findQuiz(catalogue: QuizCatalogue, quizId: string, version: number): QuizIndex | undefined {
  const quiz = catalogue.quizzes.find((q) => q.id === quizId && q.version === version);
  return quiz && indexQuiz(quiz);
}
