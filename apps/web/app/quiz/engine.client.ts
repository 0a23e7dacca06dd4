// The part of the engine the browser plays with. Loaded on demand (use-local-quiz.ts) when a
// person starts the quiz, so the first load of the quiz page stays small.
export { step, view } from "@waspada/quiz-engine";
