import { useSubmit } from "@remix-run/react";
import type { QuizDefinition, QuizState } from "@waspada/quiz-engine";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type * as EngineModule from "./engine.client";
import { atLastFeedback, buildProvinceScreen, buildScreen, soloSubmission, type PlayEvent, type QuizPlay, type QuizScreen, type QuizTexts } from "./screen";

/** The screen the page shows, with what local play adds to the server's screen. */
export interface LocalScreen {
  screen: QuizScreen;
  /** Steps taken in the browser since the screen's signed state; every form post carries them for the server to replay. */
  events: PlayEvent[];
  state?: QuizState;
  /** Counts screens, so focus moves and form fields reset on every step, local or not. */
  step: number;
}

type Kit = { engine: typeof EngineModule; definition: QuizDefinition; texts: QuizTexts };

const kits = new Map<string, Promise<Kit>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Fetches what local play needs for one drawn quiz, once, when a person starts (not with the page,
 * which stays small): the engine, the quiz definition (ids, no words) and the drawn questions'
 * words. A failed fetch is tried again on the next step.
 */
function loadKit(lang: string, play: QuizPlay): Promise<Kit> {
  const key = `${lang}/${play.questions.join(",")}`;
  let kit = kits.get(key);
  if (!kit) {
    const query = new URLSearchParams({ lang, questions: play.questions.join(",") });
    kit = Promise.all([
      import("./engine.client"),
      fetchJson<{ quizzes: QuizDefinition[] }>("/api/quiz"),
      fetchJson<QuizTexts>(`/api/quiz/pack?${query.toString()}`),
    ]).then(([engine, { quizzes }, texts]) => {
      // The quiz the draw was dealt from: the server's catalogue serves one solo quiz.
      const definition = quizzes[0];
      if (!definition) throw new Error("The server serves no quiz.");
      return { engine, definition, texts };
    });
    kit.catch(() => kits.delete(key));
    kits.set(key, kit);
  }
  return kit;
}

const LOCAL_INTENTS = new Set(["answer", "next", "province", "finish"]);
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];

/**
 * Sends a finished quiz to /api/results once, trying again while the network is down. The id makes
 * a repeat harmless: the server stores it once. Nothing is kept in browser storage.
 */
function sendResult(submission: NonNullable<ReturnType<typeof soloSubmission>>, attempt = 0): void {
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

function fromServer(screen: QuizScreen, step: number): LocalScreen {
  return { screen, events: [], state: screen.play?.state, step };
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
  start: QuizScreen;
  data: QuizScreen | undefined;
}) {
  const [local, setLocal] = useState<LocalScreen | null>(() => (data ? fromServer(data, 0) : null));
  const current = useRef(local);
  current.current = local;
  const seen = useRef(data);
  const submit = useSubmit();

  // A server answer replaces whatever was played here since.
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    setLocal((s) => fromServer(data, (s?.step ?? 0) + 1));
  }, [data]);

  // Once a quiz is under way, fetch what the next steps need in the background.
  useEffect(() => {
    if (local?.screen.play) loadKit(lang, local.screen.play).catch(() => undefined);
  }, [lang, local?.screen.play]);

  const onStart = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setLocal((s) => fromServer(start, (s?.step ?? 0) + 1));
    },
    [start],
  );

  const show = useCallback((next: LocalScreen) => {
    current.current = next;
    setLocal(next);
  }, []);

  const apply = useCallback(
    ({ engine: e, definition, texts }: Kit, playEvent: PlayEvent | "province") => {
      const s = current.current;
      const play = s?.screen.play;
      if (!s?.state || !play) return;
      if (playEvent === "province") {
        // The optional province question is a screen, not a step of the engine: the state stays.
        const shown = e.view(definition, s.state);
        if (atLastFeedback(shown)) show({ ...s, screen: { ...buildProvinceScreen(texts, shown, s.screen.sealed), play }, step: s.step + 1 });
        return;
      }
      const state = e.step(definition, s.state, playEvent.type === "quiz.finish" ? { type: "quiz.finish" } : playEvent);
      if (state === s.state) return; // refused: the engine gives back the very same state
      const shown = e.view(definition, state);
      // The signed state and the draw stay the server's; the steps since travel as events.
      const screen = { ...buildScreen(texts, shown, s.screen.sealed), play };
      show({ screen, state, events: [...s.events, playEvent], step: s.step + 1 });
      const submission = soloSubmission(play, lang, shown, playEvent.type === "quiz.finish" ? playEvent.province : undefined);
      if (submission) sendResult(submission);
    },
    [lang, show],
  );

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      const intent = submitter?.value ?? "";
      const play = current.current?.screen.play;
      if (!play || !LOCAL_INTENTS.has(intent)) return; // the server takes it
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      // "Prefer not to say" is the empty value: no province travels. An unknown one is the server's to refuse.
      const province = String(form.get("province") ?? "");
      const playEvent: PlayEvent | "province" =
        intent === "answer"
          ? { type: "quiz.answer", selected: form.getAll("choice").map(String) }
          : intent === "finish"
            ? province ? { type: "quiz.finish", province } : { type: "quiz.finish" }
            : intent === "next" ? { type: "quiz.next" } : "province";
      loadKit(lang, play).then(
        (kit) => apply(kit, playEvent),
        () => {
          // No kit (the connection dropped before it came): let the server take this step.
          form.set("intent", intent);
          submit(form, { method: "post" });
        },
      );
    },
    [apply, lang, submit],
  );

  return { local, onStart, onSubmit };
}
