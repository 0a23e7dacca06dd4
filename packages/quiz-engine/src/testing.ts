/** Test helpers for this and other packages' tests and benches; not part of the runtime API. */
export { fixtureQuiz, smallQuiz } from "./fixtures";
export { autoEvent, playQuiz } from "./play";
export { mulberry32 } from "./random";
