import type { Snapshot } from "xstate";
import { checkState } from "./check-state";
import type { QuizDefinition } from "./definition";
import { QuizStateError } from "./errors";
import { createQuizMachine } from "./machine";
import { ENGINE_VERSION } from "./version";

/** A saved actor: the snapshot plus what it was made for, so a mismatch is refused, not misread. */
export interface PersistedQuiz {
  engineVersion: number;
  quizId: string;
  quizVersion: number;
  snapshot: unknown;
}

type QuizSnapshot = ReturnType<ReturnType<typeof createQuizMachine>["resolveState"]>;
type Persistable = QuizSnapshot | { getPersistedSnapshot(): Snapshot<unknown> };

/** Wraps a running actor's (or a snapshot's) persisted snapshot in a versioned envelope; JSON-safe. */
export function persist(definition: QuizDefinition, actorOrSnapshot: Persistable): PersistedQuiz {
  const snapshot =
    "getPersistedSnapshot" in actorOrSnapshot
      ? actorOrSnapshot.getPersistedSnapshot()
      : createQuizMachine(definition).getPersistedSnapshot(actorOrSnapshot);
  return { engineVersion: ENGINE_VERSION, quizId: definition.id, quizVersion: definition.version, snapshot };
}

/**
 * The snapshot to pass to createActor(createQuizMachine(definition), { snapshot }). Refuses another
 * engine, quiz or quiz version, and a snapshot whose content the definition could not produce.
 */
export function restore(definition: QuizDefinition, persisted: PersistedQuiz): Snapshot<unknown> {
  if (typeof persisted !== "object" || persisted === null) throw new QuizStateError("Saved quiz is missing.");
  const { engineVersion, quizId, quizVersion, snapshot } = persisted;
  if (engineVersion !== ENGINE_VERSION) {
    throw new QuizStateError(
      `Saved quiz was made by engine version ${String(engineVersion)}; this is version ${ENGINE_VERSION}.`
    );
  }
  if (quizId !== definition.id || quizVersion !== definition.version) {
    throw new QuizStateError(
      `Saved quiz is for "${String(quizId)}" v${String(quizVersion)}, not "${definition.id}" v${definition.version}.`
    );
  }
  const { value, context } = (typeof snapshot === "object" && snapshot !== null ? snapshot : {}) as {
    value?: unknown;
    context?: unknown;
  };
  if (typeof context !== "object" || context === null) throw new QuizStateError("Saved quiz has no context.");
  const checked = checkState(definition, { st: value, ...(context as { s: unknown; i: unknown; a: unknown; p: unknown }) });
  const machine = createQuizMachine(definition);
  return machine.getPersistedSnapshot(machine.resolveState({ value: checked.st, context: checked.context }));
}
