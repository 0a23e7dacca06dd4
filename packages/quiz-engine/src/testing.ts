/** Test helpers for this and other packages' tests; not part of the runtime API. */
export { fixtureQuiz, smallQuiz } from "./fixtures";
export { autoEvent, playQuiz } from "./play";
