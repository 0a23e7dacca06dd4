/** A quiz state, snapshot or envelope that this engine and definition cannot accept. */
export class QuizStateError extends Error {
  override name = "QuizStateError";
}
