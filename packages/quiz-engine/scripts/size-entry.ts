export { encodeState } from "../src/index";
export { fixtureQuiz, playQuiz } from "../src/testing";
