import { LANGUAGES, coreQuiz } from "@waspada/content";
import type { QuizCatalogue } from "@waspada/results";

/**
 * The quizzes this site serves and accepts results for, and the languages it speaks: the one
 * catalogue the results API, the quiz flow and GET /api/quiz share.
 */
export const catalogue: QuizCatalogue = { quizzes: [coreQuiz], languages: LANGUAGES };

/** The quiz a visitor plays on their own. */
export const soloQuiz = coreQuiz;
