import { view, type QuizDefinition, type QuizView } from "@waspada/quiz-engine";
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { openChannel, type Position } from "./channel";
import { QuestionScreen } from "./question-screen";
import { questionWords } from "./question-words";
import { checkRound, loadRun, nextCheck, runView, saveCode, saveRun, savedCode, startRun, stepRun, type SessionRun } from "./run";
import { wordsOf, type SessionKit } from "./session-kit";
import { SetupScreen } from "./setup-screen";
import { SummaryScreen } from "./summary-screen";
import { useOutbox } from "./use-outbox";
import { villageSubmission } from "./village-submission";

type W = ReturnType<typeof wordsOf>;

/** Keys a clicker or keyboard sends to move on or back (see the help overlay). */
const NEXT_KEYS = new Set(["ArrowRight", " ", "PageDown"]);
const BACK_KEYS = new Set(["ArrowLeft", "PageUp"]);

function registerServiceWorker(onReady: () => void) {
  if (!("serviceWorker" in navigator)) return;
  // Only the session pages register it; the public pages ship no script at all.
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then(onReady)
    .catch(() => {});
}

export function Presenter({ kit }: { kit: SessionKit }) {
  const w = useMemo(() => wordsOf(kit), [kit]);
  const texts = useMemo(() => questionWords(kit.pack), [kit]);
  const definition = kit.definition as QuizDefinition;
  const [run, setRunState] = useState<SessionRun | null>(null);
  const [code, setCode] = useState("");
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState("");
  const [offlineReady, setOfflineReady] = useState(false);
  const outbox = useOutbox();
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  const position = useRef<Position>({ lang: kit.lang, phase: "setup" });

  useEffect(() => {
    setRunState(loadRun(kit.lang));
    setCode(savedCode());
    registerServiceWorker(() => setOfflineReady(true));
  }, [kit.lang]);

  const setRun = useCallback((next: SessionRun | null) => {
    setRunState(next);
    saveRun(next);
    setNotice("");
  }, []);

  // The engine's view is worked out once per state, not on every render.
  const state = run?.state;
  const quizView: QuizView | null = useMemo(() => (state ? view(definition, state) : null), [definition, state]);

  // Tell the notes window where the room is.
  useEffect(() => {
    const check = run && (run.phase === "opening" || run.phase === "closing") ? kit.checks[run.check]?.id : undefined;
    position.current = {
      lang: kit.lang,
      phase: run?.phase ?? "setup",
      ...(check ? { checkId: check } : {}),
      ...(run?.phase === "quiz" && quizView?.question
        ? {
            questionId: quizView.question.id,
            stepId: quizView.scenarioStep,
            status: quizView.status,
            current: quizView.index + 1,
            total: quizView.total,
          }
        : {}),
    };
    channel.current?.post({ type: "position", position: position.current });
  });
  useEffect(() => {
    channel.current = openChannel((message) => {
      if (message.type === "hello") channel.current?.post({ type: "position", position: position.current });
    });
    return () => channel.current?.close();
  }, []);

  // A finished session goes to the outbox once, then is sent when the network allows.
  useEffect(() => {
    if (!run || run.phase !== "summary" || run.saved || !quizView) return;
    const ids = kit.checks.map((c) => c.id);
    const opening = checkRound(run, "opening", ids);
    const closing = checkRound(run, "closing", ids);
    const submission = villageSubmission(definition, run.setup, quizView, { opening, closing });
    if (!submission) return;
    void outbox.add(submission).then(() => setRun({ ...run, saved: true }));
  }, [run, quizView, definition, kit.checks, outbox, setRun]);

  const advance = useCallback(() => {
    if (!run || !quizView) return;
    if (run.phase === "opening" || run.phase === "closing") {
      // The check's form saves the hands and moves on (see CheckScreen).
      document.querySelector<HTMLFormElement>("form.tally")?.requestSubmit();
      return;
    }
    if (run.phase !== "quiz") return;
    if (quizView.status === "tallied") {
      const next = stepRun(definition, run, { type: "quiz.reveal" });
      if (next) setRun(next);
    } else if (quizView.status === "feedback") {
      const next = stepRun(definition, run, { type: quizView.can.next ? "quiz.next" : "quiz.finish" });
      // After the last question the engine is finished: the room goes on to the closing check.
      if (next) setRun(runView(definition, next).status === "finished" ? { ...next, phase: "closing", check: 0 } : next);
    } else {
      // A question waiting for hands: the open form saves them (see QuestionScreen).
      const form = document.querySelector<HTMLFormElement>("form.tally");
      if (form) form.requestSubmit();
    }
  }, [run, quizView, definition, kit.checks, setRun, w]);

  const back = useCallback(() => {
    if (!run || !quizView) return;
    if (run.phase === "opening" || run.phase === "closing") {
      if (run.check > 0) setRun({ ...run, check: run.check - 1 });
      return;
    }
    if (run.phase !== "quiz") return;
    if (quizView.can.back) {
      const next = stepRun(definition, run, { type: "quiz.back" });
      if (next) setRun(next);
    } else if (quizView.index === 0) {
      setRun({ ...run, phase: "opening", check: kit.checks.length - 1 });
    }
  }, [run, quizView, definition, kit.checks.length, setRun]);

  const reveal = useCallback(() => {
    if (!run || run.phase !== "quiz") return;
    const next = stepRun(definition, run, { type: "quiz.reveal" });
    if (next) setRun(next);
    else setNotice(w("present.needHands"));
  }, [run, definition, setRun, w]);

  const openNotes = useCallback(() => {
    window.open(kit.links.notes, "waspada-notes", "popup,width=900,height=700");
  }, [kit.links.notes]);

  useEffect(() => {
    if (!run || run.phase === "setup") return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.tagName === "INPUT" || target?.tagName === "SELECT" || target?.tagName === "TEXTAREA";
      const button = target?.tagName === "BUTTON" || target?.tagName === "A";
      if (event.key === "Escape" && help) {
        setHelp(false);
        return;
      }
      // While typing a number, only the clicker's page keys move on; arrows and space stay with the box.
      if (event.key === "PageDown" || (!typing && !button && NEXT_KEYS.has(event.key))) {
        event.preventDefault();
        advance();
      } else if (event.key === "PageUp" || (!typing && BACK_KEYS.has(event.key))) {
        event.preventDefault();
        back();
      } else if (typing) {
        return;
      } else if (/^[1-9]$/.test(event.key)) {
        const box = document.querySelectorAll<HTMLInputElement>("input[data-hands]")[Number(event.key) - 1];
        if (box) {
          event.preventDefault();
          box.focus();
          box.select();
        }
      } else if (event.key === "r" || event.key === "R") {
        reveal();
      } else if (event.key === "?" || event.key === "h" || event.key === "H") {
        setHelp((shown) => !shown);
      } else if (event.key === "f" || event.key === "F") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => {});
      } else if (event.key === "n" || event.key === "N") {
        openNotes();
      } else if ((event.key === "t" || event.key === "T") && run) {
        setRun({ ...run, timer: !run.timer });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run, help, advance, back, reveal, openNotes, setRun]);

  if (!run || run.phase === "setup") {
    return (
      <SetupScreen
        kit={kit}
        w={w}
        code={code}
        offlineReady={offlineReady}
        outbox={outbox}
        onForgetCode={() => {
          saveCode(null);
          setCode("");
        }}
        onStart={(setup, length, timer) => {
          saveCode(setup.facilitatorCode);
          setCode(setup.facilitatorCode);
          const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
          setRun(startRun(definition, setup, length, timer, seed));
        }}
      />
    );
  }

  return (
    <div className="presenter" lang={kit.lang}>
      <main id="main" className="stage">
        {run.phase === "opening" || run.phase === "closing" ? (
          <CheckScreen key={`${run.phase}-${run.check}`} kit={kit} w={w} run={run} setRun={setRun} onInvalid={() => setNotice(w("present.needHands"))} />
        ) : run.phase === "quiz" && quizView ? (
          <QuestionScreen
            key={`${quizView.index}-${quizView.scenarioStep ?? ""}-${quizView.status}`}
            view={quizView}
            texts={texts}
            w={w}
            prompts={kit.prompts}
            headCount={run.setup.headCount}
            maxPeople={kit.maxPeople}
            timer={run.timer}
            onTally={(counts, present) => {
              const next = stepRun(definition, run, { type: "quiz.tally", counts, present });
              if (next) setRun(next);
              else setNotice(w("present.needHands"));
            }}
          />
        ) : quizView?.result ? (
          <SummaryScreen kit={kit} w={w} texts={texts} result={quizView.result} run={run} outbox={outbox} onAgain={() => setRun(null)} />
        ) : null}
      </main>
      <footer className="stage-footer">
        <p role="status" className="stage-notice">
          {notice}
        </p>
        <button type="button" className="keys-hint" onClick={() => setHelp(true)}>
          {w("present.keysHint")}
        </button>
      </footer>
      {help ? <KeysHelp w={w} onClose={() => setHelp(false)} /> : null}
    </div>
  );
}

interface CheckProps {
  kit: SessionKit;
  w: W;
  run: SessionRun;
  setRun: (r: SessionRun) => void;
  onInvalid: () => void;
}

function CheckScreen({ kit, w, run, setRun, onInvalid }: CheckProps) {
  const round = run.phase === "closing" ? "closing" : "opening";
  const check = kit.checks[run.check];
  const presentKey = round === "opening" ? "openingPresent" : "closingPresent";
  const [hands, setHands] = useState(String(run[round][check?.id ?? ""] ?? ""));
  const [present, setPresent] = useState(String(run[presentKey]));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [run.check, round]);
  if (!check) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(hands);
    const people = Number(present);
    if (hands === "" || !Number.isInteger(n) || !Number.isInteger(people) || people < 1 || people > kit.maxPeople || n < 0 || n > people) {
      onInvalid();
      return;
    }
    setRun(nextCheck({ ...run, [presentKey]: people, [round]: { ...run[round], [check.id]: n } }, kit.checks.length));
  };
  return (
    <section className="check" aria-labelledby="check-heading">
      <p className="stage-progress">
        {w(round === "opening" ? "check.openingHeading" : "check.closingHeading")} · {run.check + 1}/{kit.checks.length}
      </p>
      <h1 id="check-heading" ref={heading} tabIndex={-1} className="stage-prompt">
        {check.text}
      </h1>
      <p className="stage-hint">{w("check.ask")}</p>
      <form className="tally check-form" onSubmit={submit}>
        <label>
          <span>{w("check.rightHands")}</span>
          <input data-hands inputMode="numeric" type="number" min={0} max={kit.maxPeople} value={hands} onChange={(e) => setHands(e.target.value)} />
        </label>
        <label>
          <span>{w("check.present")}</span>
          <input inputMode="numeric" type="number" min={1} max={kit.maxPeople} value={present} onChange={(e) => setPresent(e.target.value)} />
        </label>
        <button type="submit">{w("present.save")}</button>
      </form>
      <p className="stage-sources">
        {w("present.sources")}: {check.sources.join("; ")}
      </p>
    </section>
  );
}

function KeysHelp({ w, onClose }: { w: W; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="keys-help" role="dialog" aria-modal="true" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{w("keys.heading")}</h2>
      <ul>
        {["next", "back", "hands", "enter", "reveal", "fullscreen", "notes", "timer", "help"].map((key) => (
          <li key={key}>{w(`keys.${key}`)}</li>
        ))}
      </ul>
      <button type="button" ref={close} onClick={onClose}>
        {w("keys.close")}
      </button>
    </div>
  );
}
