// What the presenter and the enhanced quiz page run in the browser: the machine, the view, persistence.
export { createQuizMachine, persist, restore, view } from "../src/index";
