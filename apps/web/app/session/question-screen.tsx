import type { Question, QuizView } from "@waspada/quiz-engine";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { QuestionWords } from "./question-words";
import type { wordsOf } from "./session-kit";

type W = ReturnType<typeof wordsOf>;

interface Row {
  id: string;
  label: string;
  /** Shown on reveal: the right option, a red-flag part, or the safe choice. */
  correct: boolean;
}

/** The rows the room raises hands for: options, advert parts, or the story step's choices. */
export function questionRows(texts: QuestionWords, q: Question, view: QuizView): Row[] {
  const order = view.optionOrder ?? [];
  switch (q.kind) {
    case "single":
      return order.map((id) => ({ id, label: texts.option(q.id, id), correct: q.options.find((o) => o.id === id)?.correct === true }));
    case "trueFalse":
      return order.map((id) => ({ id, label: texts.trueFalse(id), correct: (id === "true") === q.answer }));
    case "spot":
      return order.map((id) => ({ id, label: texts.part(q.id, id), correct: q.parts.find((p) => p.id === id)?.redFlag !== undefined }));
    case "scenario": {
      const stepId = view.scenarioStep ?? q.start;
      const stepDef = q.steps.find((s) => s.id === stepId);
      return order.map((id) => ({
        id,
        label: texts.choice(q.id, stepId, id),
        correct: stepDef?.choices.find((c) => c.id === id)?.safe === true,
      }));
    }
  }
}

interface Props {
  view: QuizView;
  texts: QuestionWords;
  w: W;
  prompts: Record<string, string>;
  headCount: number;
  maxPeople: number;
  timer: boolean;
  onTally(counts: Record<string, number>, present: number): void;
}

/**
 * One question on the projector. Waiting for hands: a box per option (Tab between them, Enter
 * saves). Revealed: every option with its hands and a mark for the right one(s), why, and a
 * prompt for the room to talk about. Marks are words and symbols, never colour alone.
 */
export function QuestionScreen({ view, texts, w, prompts, headCount, maxPeople, timer, onTally }: Props) {
  const q = view.question;
  const heading = useRef<HTMLHeadingElement>(null);
  const revealed = view.status === "feedback";
  const given = revealed ? view.feedback?.answer : view.tally;
  const stepTally = view.status === "tallied" ? view.tally : undefined;
  const [counts, setCounts] = useState<Record<string, string>>(() => initialCounts(q, view, stepTally?.counts));
  const [present, setPresent] = useState(String(given?.present ?? headCount));
  const [seconds, setSeconds] = useState(0);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!timer || revealed) return;
    const id = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(id);
  }, [timer, revealed]);
  if (!q) return null;

  const rows = questionRows(texts, q, view);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed: Record<string, number> = {};
    for (const row of rows) parsed[row.id] = Number(counts[row.id] || 0);
    onTally(parsed, Number(present));
  };
  const handsOf = (id: string) => (revealed ? revealedHands(q, view, id) : undefined);
  const stepText = q.kind === "scenario" && !revealed ? texts.stepText(q.id, view.scenarioStep ?? q.start) : "";
  const words =
    rows.reduce((n, r) => n + r.label.length + 12, 0) +
    texts.prompt(q.id).length +
    stepText.length +
    (revealed ? texts.why(q.id).length + (prompts[q.stage] ?? "").length : 0);
  const many = rows.length > 4 && q.kind === "spot";
  const classes = ["question", `fit-${fitLevel(words)}`, many ? "many" : "", q.kind === "spot" ? `look-${texts.look(q.id) ?? "advert"}` : ""];

  return (
    <section className={classes.filter(Boolean).join(" ")} aria-labelledby="question-heading">
      <p className="stage-progress">
        {w("present.progress", { current: view.index + 1, total: view.total })}
        {timer && !revealed ? <span className="stage-timer"> · {w("present.timer", { seconds })}</span> : null}
      </p>
      <h1 id="question-heading" ref={heading} tabIndex={-1} className="stage-prompt">
        {texts.prompt(q.id)}
      </h1>
      {stepText ? <p className="stage-step">{stepText}</p> : null}
      {!revealed ? <p className="stage-hint">{w(q.kind === "spot" ? "present.spotAsk" : q.kind === "scenario" ? "present.storyVote" : "present.hands")}</p> : null}
      {revealed ? (
        <Reveal view={view} texts={texts} w={w} prompt={prompts[q.stage] ?? ""} rows={rows} handsOf={handsOf} />
      ) : (
        <form className="tally" onSubmit={submit}>
          <ol className="stage-options">
            {rows.map((row, i) => (
              <li key={row.id}>
                <span className="option-number" aria-hidden="true">
                  {i + 1}
                </span>
                <label htmlFor={`hands-${row.id}`} className="option-label">
                  {row.label}
                </label>
                <input
                  id={`hands-${row.id}`}
                  data-hands
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={maxPeople}
                  aria-label={w("present.handsFor", { option: `${i + 1}` })}
                  value={counts[row.id] ?? ""}
                  onChange={(e) => setCounts({ ...counts, [row.id]: e.target.value })}
                />
              </li>
            ))}
          </ol>
          <div className="tally-footer">
            <label>
              <span>{w("present.present")}</span>
              <input type="number" inputMode="numeric" min={1} max={maxPeople} value={present} onChange={(e) => setPresent(e.target.value)} />
            </label>
            <button type="submit">{w("present.save")}</button>
            {view.status === "tallied" ? <p className="stage-saved">{w("present.saved")}</p> : null}
          </div>
        </form>
      )}
    </section>
  );
}

/**
 * How much to shrink the type so a screen with this many characters fits the projector without
 * scrolling (checked for every question at 1280x720 and 1920x1080 by an end-to-end test).
 */
export function fitLevel(characters: number): number {
  const steps = [420, 560, 720, 900, 1100];
  const level = steps.findIndex((limit) => characters <= limit);
  return level === -1 ? steps.length : level;
}

function initialCounts(q: Question | undefined, view: QuizView, counts?: Record<string, number>): Record<string, string> {
  if (!q || !counts) return {};
  const out: Record<string, string> = {};
  for (const id of view.optionOrder ?? []) {
    const key = q.kind === "scenario" ? `${view.scenarioStep}/${id}` : id;
    const n = counts[key] ?? counts[id];
    if (n !== undefined) out[id] = String(n);
  }
  return out;
}

/** Hands for one option on reveal; for a story, at the step the option belongs to. */
function revealedHands(q: Question, view: QuizView, id: string): number | undefined {
  const counts = view.feedback?.answer.counts ?? {};
  if (q.kind !== "scenario") return counts[id];
  const step = q.steps.find((s) => s.choices.some((c) => c.id === id));
  return step ? counts[`${step.id}/${id}`] : undefined;
}

interface RevealProps {
  view: QuizView;
  texts: QuestionWords;
  w: W;
  prompt: string;
  rows: Row[];
  handsOf(id: string): number | undefined;
}

function Reveal({ view, texts, w, prompt, rows, handsOf }: RevealProps) {
  const q = view.question!;
  // A story is shown as the path the room took; other kinds as every option with its hands.
  const shown: Row[] =
    q.kind === "scenario"
      ? (view.feedback?.answer.selected ?? []).flatMap((choiceId) => {
          const step = q.steps.find((s) => s.choices.some((c) => c.id === choiceId));
          const choice = step?.choices.find((c) => c.id === choiceId);
          return step && choice ? [{ id: choiceId, label: texts.choice(q.id, step.id, choiceId), correct: choice.safe }] : [];
        })
      : rows;
  const mark = q.kind === "spot" ? w("present.redFlag") : q.kind === "scenario" ? w("present.safe") : w("present.answer");
  return (
    <div className="reveal">
      <ol className="stage-options revealed">
        {shown.map((row) => {
          const hands = handsOf(row.id);
          return (
            <li key={row.id} className={row.correct ? "correct" : undefined}>
              <span className="option-mark" aria-hidden="true">
                {row.correct ? "✓" : "·"}
              </span>
              <span className="option-label">
                {row.label}
                {row.correct ? <strong className="mark-text"> ({mark})</strong> : null}
              </span>
              <span className="option-hands">
                {hands ?? 0} {w("present.hands").toLowerCase()}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="reveal-text">
        <p>
          <strong>{w("present.why")}:</strong> {texts.why(q.id)}
        </p>
        <p className="discuss">
          <strong>{w("present.discuss")}:</strong> {prompt}
        </p>
      </div>
      <p className="stage-sources">
        {w("present.sources")}: {texts.sourcesBehind(q.id, shown.filter((row) => row.correct || q.kind === "scenario").map((row) => row.id)).join("; ")}
      </p>
    </div>
  );
}
