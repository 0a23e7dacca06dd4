import { initialTransition, transition } from "xstate";
import type { QuizDefinition } from "./definition";
import { QuizStateError } from "./errors";
import type { QuizEvent, QuizSettings } from "./events";
import { createQuizMachine } from "./machine";
import type { QuizContext, QuizState, QuizStatus } from "./state";
import { ENGINE_VERSION } from "./version";

/*
 * Server stepping for the no-JavaScript flow: the same machine, run through xstate's pure
 * transition() on a snapshot rebuilt from plain data, so nothing is kept between requests.
 */

type Snapshot = ReturnType<ReturnType<typeof createQuizMachine>["resolveState"]>;
type Machine = ReturnType<typeof createQuizMachine>;

/**
 * One machine per definition: building it is most of the cost of a step or a view (a view asks
 * several "can" questions), and a machine is pure, so it is safely shared.
 */
const machines = new WeakMap<QuizDefinition, Machine>();

function machineFor(definition: QuizDefinition): Machine {
  let machine = machines.get(definition);
  if (!machine) {
    machine = createQuizMachine(definition);
    machines.set(definition, machine);
  }
  return machine;
}

export function toState(definition: QuizDefinition, value: string, context: QuizContext): QuizState {
  const { s, i, d, a, p } = context;
  return { v: ENGINE_VERSION, q: [definition.id, definition.version], s, st: value as QuizStatus, i, d, a, p };
}

/** The state of a running actor's snapshot, e.g. to pass it to view() or encodeState(). */
export function fromSnapshot(definition: QuizDefinition, snapshot: { value: unknown; context: QuizContext }): QuizState {
  return toState(definition, String(snapshot.value), snapshot.context);
}

function snapshotOf(definition: QuizDefinition, state: QuizState): Snapshot {
  if (state.q[0] !== definition.id || state.q[1] !== definition.version) {
    throw new QuizStateError(`State of quiz ${state.q.join(" v")} cannot step quiz ${definition.id} v${definition.version}.`);
  }
  const { s, i, d, a, p } = state;
  return machineFor(definition).resolveState({ value: state.st, context: { s, i, d, a, p } });
}

/** Events arrive from forms: anything without a string type is simply not an event. */
function isEvent(event: unknown): event is QuizEvent {
  return typeof event === "object" && event !== null && typeof (event as { type?: unknown }).type === "string";
}

export function initialState(definition: QuizDefinition, settings: QuizSettings): QuizState {
  const [snapshot] = initialTransition(machineFor(definition), settings);
  // xstate turns a throwing context factory (bad settings) into an error snapshot; surface it
  if (snapshot.status === "error") throw snapshot.error;
  return toState(definition, String(snapshot.value), snapshot.context);
}

export function canStep(definition: QuizDefinition, state: QuizState, event: QuizEvent): boolean {
  return isEvent(event) && snapshotOf(definition, state).can(event);
}

/** The next state; a refused event returns the very same state object. */
export function step(definition: QuizDefinition, state: QuizState, event: QuizEvent): QuizState {
  if (!isEvent(event)) return state;
  const snapshot = snapshotOf(definition, state);
  if (!snapshot.can(event)) return state;
  const [next] = transition(machineFor(definition), snapshot, event);
  return toState(definition, String(next.value), next.context);
}
