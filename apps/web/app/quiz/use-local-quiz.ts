import { useSubmit } from "@remix-run/react";
import type { QuizDefinition, QuizEvent, QuizState } from "@waspada/quiz-engine";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { buildQuizModel, type QuizTexts } from "./build-model";
import type * as EngineModule from "./engine.client";
import { textsFromPack, type QuizPack } from "./quiz-pack";
import type { QuizModel, QuizPlay } from "./quiz-model";
import { soloSubmission, type SoloSubmission } from "./submission";

/** What the server answers a quiz form with (see the quiz route's action). */
export interface ServerScreen {
  model: QuizModel;
  notice?: string;
  play?: QuizPlay;
}

/** One screen of the quiz as the page shows it. */
export interface QuizScreenState extends ServerScreen {
  /** Steps taken in the browser since `play.sealed`; every form post carries them for the server to replay. */
  events: QuizEvent[];
  state?: QuizState;
  /** Counts screens, so focus moves and form fields reset on every step, local or not. */
  step: number;
}

type Engine = typeof EngineModule;

/** What local play needs beyond the page: the engine, the quiz definition (ids, no words) and the drawn questions' words. */
interface Kit {
  engine: Engine;
  definition: QuizDefinition;
  texts: QuizTexts;
}

const kits = new Map<string, Promise<Kit>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Fetches the kit for one drawn quiz, once, when a person starts (not with the page, which stays
 * small). A failed fetch is tried again on the next step.
 */
function loadKit(lang: string, play: QuizPlay): Promise<Kit> {
  const [quizId, version] = play.state.q;
  const key = `${lang}/${quizId}/${version}/${play.questions.join(",")}`;
  let kit = kits.get(key);
  if (!kit) {
    const query = new URLSearchParams({ lang, questions: play.questions.join(",") });
    kit = Promise.all([
      import("./engine.client"),
      fetchJson<{ quizzes: QuizDefinition[] }>("/api/quiz"),
      fetchJson<QuizPack>(`/api/quiz/pack?${query.toString()}`),
    ]).then(([engine, { quizzes }, pack]) => {
      const definition = quizzes.find((q) => q.id === quizId && q.version === version);
      if (!definition) throw new Error(`The server no longer has quiz ${quizId} v${version}.`);
      return { engine, definition, texts: textsFromPack(pack) };
    });
    kit.catch(() => kits.delete(key));
    kits.set(key, kit);
  }
  return kit;
}

const LOCAL_INTENTS = new Set(["answer", "next", "finish"]);
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];

/**
 * Sends a finished quiz to /api/results once, trying again while the network is down. The id makes
 * a repeat harmless: the server stores it once. Nothing is kept in browser storage.
 */
function sendResult(submission: SoloSubmission, attempt = 0): void {
  const retry = () => {
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay !== undefined) setTimeout(() => sendResult(submission, attempt + 1), delay);
  };
  fetch("/api/results", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(submission),
    keepalive: true,
  }).then((response) => {
    // 4xx other than 429 will not change on a retry.
    if (response.status === 429 || response.status >= 500) retry();
  }, retry);
}

function fromServer(screen: ServerScreen, step: number): QuizScreenState {
  return { ...screen, events: [], state: screen.play?.state, step };
}

/**
 * The quiz with JavaScript: the server's signed state is where play starts, then each answer and
 * "next" runs through the same engine here, at once. Anything else (restart, a language switch,
 * or a step while the engine could not be fetched) goes to the server with the steps taken, as the
 * page would without JavaScript.
 */
export function useLocalQuiz({
  lang,
  start,
  data,
}: {
  lang: string;
  start: ServerScreen;
  data: ServerScreen | undefined;
}) {
  const [screen, setScreen] = useState<QuizScreenState | null>(() => (data ? fromServer(data, 0) : null));
  const current = useRef(screen);
  current.current = screen;
  const seen = useRef(data);
  const submit = useSubmit();

  // A server answer replaces whatever was played here since.
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    setScreen((s) => fromServer(data, (s?.step ?? 0) + 1));
  }, [data]);

  // Once a quiz is under way, fetch what the next steps need in the background.
  useEffect(() => {
    if (screen?.play) loadKit(lang, screen.play).catch(() => undefined);
  }, [lang, screen?.play]);

  const onStart = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setScreen((s) => fromServer(start, (s?.step ?? 0) + 1));
    },
    [start],
  );

  const apply = useCallback(
    ({ engine: e, definition, texts }: Kit, quizEvent: QuizEvent) => {
      const s = current.current;
      if (!s?.state || !s.play) return;
      const state = e.step(definition, s.state, quizEvent);
      if (state === s.state) return; // refused: the engine gives back the very same state
      const shown = e.view(definition, state);
      const model = buildQuizModel(texts, shown, s.play.sealed);
      const next = { ...s, state, model, notice: undefined, events: [...s.events, quizEvent], step: s.step + 1 };
      current.current = next;
      setScreen(next);
      const submission = soloSubmission(definition, s.play.submissionId, lang, shown);
      if (submission) sendResult(submission);
    },
    [lang],
  );

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      const intent = submitter?.value ?? "";
      const play = current.current?.play;
      if (!play || !LOCAL_INTENTS.has(intent)) return; // the server takes it
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      const quizEvent: QuizEvent =
        intent === "answer"
          ? { type: "quiz.answer", selected: form.getAll("choice").map(String) }
          : { type: intent === "next" ? "quiz.next" : "quiz.finish" };
      loadKit(lang, play).then(
        (kit) => apply(kit, quizEvent),
        () => {
          // No kit (the connection dropped before it came): let the server take this step.
          form.set("intent", intent);
          submit(form, { method: "post" });
        },
      );
    },
    [apply, lang, submit],
  );

  return { screen, onStart, onSubmit };
}
