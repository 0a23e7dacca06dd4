import type { Mode } from "./result";

export interface QuizSettings {
  mode: Mode;
  /** Questions to draw; clamped to [1, number of questions]. */
  length: number;
  /** uint32; the only source of variation in the draw and the option order. */
  seed: number;
}

export type QuizEvent =
  | { type: "quiz.start" }
  /** Solo: option id(s), marked part ids, or the one choice id at the current scenario step. */
  | { type: "quiz.answer"; selected: string[] }
  /** Group: hands per option / part / choice, people present, and optionally the room's own choice. */
  | { type: "quiz.tally"; counts: Record<string, number>; present: number; selected?: string[] }
  | { type: "quiz.reveal" }
  | { type: "quiz.next" }
  | { type: "quiz.back" }
  | { type: "quiz.finish" }
  | { type: "quiz.restart" }
  | { type: "quiz.timeUp" };

export type QuizEventType = QuizEvent["type"];
