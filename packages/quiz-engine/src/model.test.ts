import {
  getAdjacencyMap,
  getShortestPaths,
  getSimplePaths,
  serializeSnapshot,
  type AdjacencyMap,
  type SerializedSnapshot,
} from "@xstate/graph";
import { createActor, initialTransition, transition, type SnapshotFrom } from "xstate";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./codec";
import type { Question, QuizDefinition } from "./definition";
import type { QuizEvent, QuizSettings } from "./events";
import { smallQuiz } from "./fixtures";
import { createQuizMachine, type QuizMachine } from "./machine";
import { optionIds } from "./options";
import { persist, restore, type PersistedQuiz } from "./persist";
import type { QuizContext, QuizState } from "./state";
import { fromSnapshot, initialState, step, toState } from "./step";
import { EVERY_EVENT } from "./test-helpers";
import { view } from "./view";

/*
 * Model-based tests with @xstate/graph over smallQuiz drawn whole (length 3, seed 1): a spot
 * question, a true/false question and a two-step story, so every question kind but single choice,
 * which is read and scored like true/false (only its option ids and their seeded order differ).
 *
 * Every reachable state, solo and village (shortest paths): the menu is every event type, every
 * option, part set or story choice on screen, and payloads that fit no question. `step` and a live
 * actor reach each state as the machine does and the state round-trips through encodeState; from
 * each state, every event of the menu steps as the machine does, and refused events change nothing.
 *
 * Every simple path (no state twice), solo and village: the menu is the bare events (start, reveal,
 * next, back, finish, restart, timeUp) plus one right and one wrong pick per question and per story
 * step (solo answers; village tallies with the whole room of 2 on the pick, corrections included).
 * Each path's prefixes are paths too, so checking every path at its end checks every step:
 * answered <= total, index < total, feedback shown iff the status is feedback, score <= max; the
 * state `step` reached along the path equals the machine's and round-trips through encodeState.
 * Over the whole graph: the paths end in every reachable state (so nothing is left unvisited), every
 * path can still be played to a finished state, and every reachable state survives persist and
 * restore into a new actor. The paths come from one depth-first search over @xstate/graph's
 * adjacency map, which must find exactly what getSimplePaths finds (compared on cuts of the quiz
 * where getSimplePaths is fast).
 */
type Snapshot = { value: unknown; context: QuizContext; can(event: QuizEvent): boolean };

const pickEvent = (context: QuizContext, selected: string[]): QuizEvent =>
  context.s.mode === "solo"
    ? { type: "quiz.answer", selected }
    : { type: "quiz.tally", counts: Object.fromEntries(selected.map((id) => [id, 2])), present: 2 };

function menu(definition: QuizDefinition, snapshot: Snapshot): QuizEvent[] {
  const shown = view(definition, toState(definition, String(snapshot.value), snapshot.context));
  const ids = shown.optionOrder ?? [];
  const picks = shown.question?.kind === "spot" ? [["p1", "p3"], ["p2"]] : ids.map((id) => [id]);
  const bare = EVERY_EVENT.filter((event) => event.type !== "quiz.answer" && event.type !== "quiz.tally");
  const wrong: QuizEvent[] = [
    { type: "quiz.answer", selected: ["nope"] },
    { type: "quiz.tally", counts: { nope: 1 }, present: 1 },
  ];
  return [...bare, ...picks.map((selected) => pickEvent(snapshot.context, selected)), ...wrong];
}

/** One right and one wrong pick (selected ids) for a question, at the given step of a story. */
function rightAndWrong(question: Question, scenarioStep: string | undefined): string[][] {
  if (question.kind === "scenario") {
    const choices = question.steps.find((s) => s.id === scenarioStep)?.choices ?? [];
    return [choices.find((choice) => choice.safe), choices.find((choice) => !choice.safe)].flatMap((c) => (c ? [[c.id]] : []));
  }
  if (question.kind === "spot") {
    const [flagged, plain] = [question.parts.filter((part) => part.redFlag), question.parts.filter((part) => !part.redFlag)];
    return [flagged.map((part) => part.id), plain.slice(0, 1).map((part) => part.id)];
  }
  const right = question.kind === "trueFalse" ? String(question.answer) : question.options.find((o) => o.correct)?.id;
  return [[right ?? ""], optionIds(question).filter((id) => id !== right).slice(0, 1)];
}

function pathMenu(definition: QuizDefinition, snapshot: Snapshot): QuizEvent[] {
  const shown = view(definition, toState(definition, String(snapshot.value), snapshot.context));
  const picks = shown.question ? rightAndWrong(shown.question, shown.scenarioStep) : [];
  const bare = EVERY_EVENT.filter((event) => event.type !== "quiz.answer" && event.type !== "quiz.tally");
  return [...bare, ...picks.map((selected) => pickEvent(snapshot.context, selected))];
}

const traversal = (settings: QuizSettings, events: (snapshot: Snapshot) => QuizEvent[]) => ({ input: settings, events } as never);

type MachineSnapshot = SnapshotFrom<QuizMachine>;
interface Visit {
  /** The events of the path, from the initial state. */
  events: readonly QuizEvent[];
  serial: string;
  /** The machine's snapshot at the end of the path, and the state `step` reached along it. */
  snapshot: MachineSnapshot;
  state: QuizState;
}

/**
 * Visits every simple path of pathMenu's graph from the initial state once, at its end, in one
 * depth-first search over @xstate/graph's adjacency map. getSimplePaths yields the same paths
 * (checked below on cuts of the quiz) but searches once per reachable state: minutes for village play.
 * Returns the adjacency map: every reachable state and its transitions.
 */
function walkSimplePaths(
  definition: QuizDefinition,
  settings: QuizSettings,
  visit: (path: Visit) => void
): AdjacencyMap<MachineSnapshot, QuizEvent> {
  const machine = createQuizMachine(definition);
  const adjacency = getAdjacencyMap(machine, traversal(settings, (s) => pathMenu(definition, s))) as AdjacencyMap<
    MachineSnapshot,
    QuizEvent
  >;
  const events: QuizEvent[] = [];
  const onPath = new Set<SerializedSnapshot>();
  const walk = (serial: SerializedSnapshot, snapshot: MachineSnapshot, state: QuizState) => {
    visit({ events, serial, snapshot, state });
    const edges = adjacency[serial]?.transitions;
    if (!edges) throw new Error(`not in the adjacency map: ${serial}`);
    onPath.add(serial);
    for (const { event, state: next } of Object.values(edges)) {
      const nextSerial = serializeSnapshot(next);
      if (onPath.has(nextSerial)) continue;
      events.push(event);
      walk(nextSerial, next, step(definition, state, event));
      events.pop();
    }
    onPath.delete(serial);
  };
  const [initial] = initialTransition(machine, settings);
  walk(serializeSnapshot(initial), initial, initialState(definition, settings));
  return adjacency;
}

type Graph = AdjacencyMap<MachineSnapshot, QuizEvent>;
const nodes = (adjacency: Graph) => Object.entries(adjacency) as [SerializedSnapshot, NonNullable<Graph[SerializedSnapshot]>][];

/** The states of the graph from which a finished state can still be reached (backwards from every finished state). */
function canFinish(adjacency: Graph): Set<SerializedSnapshot> {
  const into = new Map<SerializedSnapshot, SerializedSnapshot[]>();
  const reached: SerializedSnapshot[] = [];
  for (const [serial, { state, transitions }] of nodes(adjacency)) {
    if (state.value === "finished") reached.push(serial);
    for (const { state: next } of Object.values(transitions)) {
      const target = serializeSnapshot(next);
      into.set(target, [...(into.get(target) ?? []), serial]);
    }
  }
  const seen = new Set(reached);
  while (reached.length > 0) {
    for (const from of into.get(reached.pop() as SerializedSnapshot) ?? []) {
      if (!seen.has(from)) {
        seen.add(from);
        reached.push(from);
      }
    }
  }
  return seen;
}

describe.each(["solo", "village"] as const)("every reachable %s state", (mode) => {
  const settings = { mode, length: 3, seed: 1 };
  const machine = createQuizMachine(smallQuiz);
  const paths = getShortestPaths(machine, traversal(settings, (s) => menu(smallQuiz, s)));

  it("is reached the same way by step and by a live actor, and round-trips", () => {
    expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(
      new Set(["intro", "question", "feedback", "finished", ...(mode === "village" ? ["tallied"] : [])])
    );
    for (const path of paths) {
      let state = initialState(smallQuiz, settings);
      const actor = createActor(machine, { input: settings }).start();
      for (const { event } of path.steps.slice(1)) {
        state = step(smallQuiz, state, event);
        actor.send(event);
      }
      const snapshot = actor.getSnapshot();
      expect(state).toEqual(toState(smallQuiz, String(path.state.value), path.state.context));
      expect(state).toEqual(fromSnapshot(smallQuiz, snapshot));
      expect(decodeState(smallQuiz, encodeState(state))).toEqual(state);
    }
  });

  it("steps every event as the machine does, and refused events change nothing", () => {
    const accepted = new Set<string>();
    for (const { state: snapshot } of paths) {
      const state = toState(smallQuiz, String(snapshot.value), snapshot.context);
      const shown = view(smallQuiz, state);
      for (const event of menu(smallQuiz, snapshot)) {
        const next = step(smallQuiz, state, event);
        if (!snapshot.can(event)) {
          expect(next).toBe(state);
          continue;
        }
        accepted.add(event.type);
        const [expected] = transition(machine, snapshot as never, event);
        expect(next).toEqual(toState(smallQuiz, String(expected.value), expected.context));
        const can = shown.can[event.type.slice(5) as keyof typeof shown.can];
        expect({ event: event.type, status: shown.status, can }).toMatchObject({ can: true });
      }
    }
    // solo play never tallies and has nothing to reveal: an answer goes straight to feedback
    const unused = mode === "solo" ? ["quiz.tally", "quiz.reveal"] : ["quiz.answer"];
    expect([...accepted].sort()).toEqual(
      EVERY_EVENT.map((event) => event.type)
        .filter((type) => !unused.includes(type))
        .sort()
    );
  });
});

describe.each(["solo", "village"] as const)("every simple path of %s play", (mode) => {
  const settings = { mode, length: 3, seed: 1 };

  it("keeps the view consistent, and step agrees with the machine and round-trips", () => {
    let paths = 0;
    const ends = new Set<string>();
    const answers = new Set<string>();
    // thousands of paths: a broken invariant is collected (with its path) and asserted once below
    const broken: string[] = [];
    // decoding is the slow part, and a string always decodes the same: once per encoded state
    const decoded = new Map<string, QuizState>();
    const adjacency = walkSimplePaths(smallQuiz, settings, ({ events, serial, snapshot, state }) => {
      paths++;
      ends.add(serial);
      const shown = view(smallQuiz, state);
      const encoded = encodeState(state);
      if (!decoded.has(encoded)) decoded.set(encoded, decodeState(smallQuiz, encoded));
      const failed = Object.entries({
        "answered <= total": shown.answered <= shown.total,
        "index < total": shown.index < shown.total,
        "feedback iff status feedback": (shown.feedback !== undefined) === (shown.status === "feedback"),
        "score <= max": !shown.result || shown.result.score <= shown.result.max,
        "step agrees with the machine": isDeepStrictEqual(state, toState(smallQuiz, String(snapshot.value), snapshot.context)),
        "round-trips": isDeepStrictEqual(decoded.get(encoded), state),
      }).flatMap(([invariant, holds]) => (holds ? [] : [invariant]));
      if (failed.length > 0 && broken.length < 10) broken.push(`${failed.join(", ")} after ${JSON.stringify(events)}`);
      if (shown.feedback) answers.add(`${shown.feedback.questionId}: ${shown.feedback.answer.selected.join(" ")}`);
    });
    expect(broken).toEqual([]);
    const states = nodes(adjacency).map(([serial]) => serial);
    // every reachable state ends some path, and there are more paths than states (the walk branches)
    expect([...ends].sort()).toEqual([...states].sort());
    expect(paths).toBeGreaterThan(states.length);
    // the statuses a player meets, every one of them reached
    expect(new Set(nodes(adjacency).map(([, { state }]) => String(state.value)))).toEqual(
      new Set(["intro", "question", "feedback", "finished", ...(mode === "village" ? ["tallied"] : [])])
    );
    // no dead end: whatever was played so far, the quiz can still be played to its end
    const finishable = canFinish(adjacency);
    expect(states.filter((serial) => !finishable.has(serial))).toEqual([]);
    // every reachable state survives persist, JSON and restore into a new actor
    const machine = createQuizMachine(smallQuiz);
    const lost = nodes(adjacency).filter(([, { state: snapshot }]) => {
      const saved = JSON.parse(JSON.stringify(persist(smallQuiz, snapshot))) as PersistedQuiz;
      const resumed = createActor(machine, { snapshot: restore(smallQuiz, saved) }).start();
      return !isDeepStrictEqual(fromSnapshot(smallQuiz, resumed.getSnapshot()), toState(smallQuiz, String(snapshot.value), snapshot.context));
    });
    expect(lost).toEqual([]);
    // the answers shown as feedback: both picks of every question and story step, and time up
    // ("") at each question and at the story's second step
    expect([...answers].sort()).toEqual([
      "advert-salary: ",
      "advert-salary: p1 p3",
      "advert-salary: p2",
      "story-passport: ",
      "story-passport: hand-over",
      "story-passport: keep",
      "story-passport: keep call",
      "story-passport: keep wait",
      "visa-tourist: ",
      "visa-tourist: false",
      "visa-tourist: true",
    ]);
  });
});

describe("the simple-path walk", () => {
  // getSimplePaths is too slow for the whole quiz, so the two are compared on cuts of it
  it.each([
    ["solo", "the spot question and the story", 1],
    ["village", "the story", 2],
  ] as const)("finds exactly the paths getSimplePaths finds (%s, %s)", (mode, _cut, from) => {
    const definition: QuizDefinition = { ...smallQuiz, questions: smallQuiz.questions.slice(from) };
    const settings = { mode, length: 3 - from, seed: 1 };
    const expected = getSimplePaths(createQuizMachine(definition), traversal(settings, (s) => pathMenu(definition, s)));
    const found: string[] = [];
    walkSimplePaths(definition, settings, ({ events }) => found.push(JSON.stringify(events)));
    // each path once, and more than the empty one
    expect(new Set(found).size).toBe(found.length);
    expect(found.length).toBeGreaterThan(1);
    expect(found.sort()).toEqual(expected.map((path) => JSON.stringify(path.steps.slice(1).map((s) => s.event))).sort());
  });
});
