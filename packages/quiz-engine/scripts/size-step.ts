// What the web quiz page loads in the browser to play (apps/web/app/quiz/engine.client.ts): pure stepping and the view.
export { step, view } from "../src/index";
