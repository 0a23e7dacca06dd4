import { Form } from "@remix-run/react";
import { useEffect, useRef, type FormEventHandler } from "react";
import type { quizLabels } from "../quiz/quiz.server";
import type { ResultHelpData } from "../quiz/result-help";
import type { QuizScreen } from "../quiz/screen";
import type { LocalScreen } from "../quiz/use-local-quiz";

import { ReadAloud } from "./read-aloud";
import { ResultHelp } from "./result-help";

type Labels = ReturnType<typeof quizLabels>;

export function QuizIntro({ labels, onStart }: { labels: Labels; onStart: FormEventHandler<HTMLFormElement> }) {
  return (
    <Form method="post" className="quiz-intro" onSubmit={onStart}>
      <p>{labels.intro}</p>
      <input type="hidden" name="intent" value="start" />
      <button type="submit" className="button primary">
        {labels.start}
      </button>
    </Form>
  );
}

interface OtherLanguage {
  code: string;
  label: string;
}

/** The signed state and the steps taken in the browser since: what every quiz form carries. */
function QuizFields({ local }: { local: LocalScreen }) {
  return (
    <>
      <input type="hidden" name="quiz" value={local.screen.sealed} />
      {local.events.length ? <input type="hidden" name="events" value={JSON.stringify(local.events)} /> : null}
    </>
  );
}

export function QuizScreenView({
  lang,
  labels,
  local,
  onSubmit,
  otherLanguages,
  resultHelp,
}: {
  lang: string;
  labels: Labels;
  resultHelp: ResultHelpData;
  local: LocalScreen;
  onSubmit: FormEventHandler<HTMLFormElement>;
  otherLanguages: OtherLanguage[];
}) {
  const { screen: model, step } = local;
  const { notice } = model;
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new screen moves focus to its heading, so keyboard and screen-reader users start there
  // (without JavaScript, the headings' autofocus attribute does this on each new page).
  useEffect(() => heading.current?.focus(), [step]);
  return (
    <div className="quiz-screen" data-step={step}>
      {notice ? (
        <p className="notice" role="alert">
          {notice}
        </p>
      ) : null}
      {model.status === "question" || model.status === "feedback" ? (
        <p className="progress">
          <progress max={model.total} value={model.status === "feedback" ? model.current : model.current - 1} aria-hidden="true" />
          <span>{model.progress}</span>
        </p>
      ) : null}
      <Form method="post" className="quiz-form" onSubmit={onSubmit}>
        <QuizFields local={local} />
        {/* keyed by step, so a new question never inherits the last one's ticks */}
        {model.question ? <QuestionView key={step} q={model.question} labels={labels} heading={heading} lang={lang} /> : null}
        {model.feedback ? <FeedbackView f={model.feedback} labels={labels} heading={heading} last={model.current === model.total} /> : null}
        {model.provinces ? <ProvinceView provinces={model.provinces} labels={labels} heading={heading} /> : null}
        {model.result ? <ResultView r={model.result} labels={labels} heading={heading} lang={lang} help={resultHelp} /> : null}
      </Form>
      {model.status !== "finished"
        ? otherLanguages.map((l) => (
            <Form key={l.code} method="post" action={`/${l.code}/quiz`} reloadDocument className="switch-language">
              <QuizFields local={local} />
              {/* On the province question the other language shows that question again. */}
              <button type="submit" name="intent" value={model.status === "province" ? "province" : "view"} className="link-button" lang={l.code}>
                {l.label}
              </button>
            </Form>
          ))
        : null}
    </div>
  );
}

type HeadingRef = React.RefObject<HTMLHeadingElement>;

function QuestionView({ q, labels, heading, lang }: { q: NonNullable<QuizScreen["question"]>; labels: Labels; heading: HeadingRef; lang: string }) {
  return (
    <fieldset className={`question kind-${q.kind}`}>
      <legend>
        <h2 ref={heading} tabIndex={-1} autoFocus>
          {q.prompt}
        </h2>
      </legend>
      {q.stepText ? <p className="step-text">{q.stepText}</p> : null}
      <ReadAloud lang={lang} label={labels.readAloud} texts={[q.prompt, q.stepText ?? "", ...q.choices.map((c) => c.label)].filter(Boolean)} />
      <p className="hint">{q.multiple ? labels.pickAll : labels.pickOne}</p>
      <div className={q.look ? `choices look-${q.look}` : "choices"}>
        {q.choices.map((c) => (
          <label key={c.id} className="choice">
            <input type={q.multiple ? "checkbox" : "radio"} name="choice" value={c.id} required={!q.multiple} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <button type="submit" name="intent" value="answer" className="button primary">
        {labels.answer}
      </button>
    </fieldset>
  );
}

function FeedbackView({ f, labels, heading, last }: { f: NonNullable<QuizScreen["feedback"]>; labels: Labels; heading: HeadingRef; last: boolean }) {
  return (
    <div className={`feedback outcome-${f.outcome}`}>
      <h2 ref={heading} tabIndex={-1} autoFocus>
        {f.heading}
      </h2>
      <p className="why">
        {f.why}
        <Cites numbers={f.whySources} label={labels.source} />
      </p>
      <ul className="feedback-items">
        {f.items.map((item) => (
          <li key={item.id} className={item.correct ? "correct" : "incorrect"}>
            <strong>{item.label}</strong>
            {item.chosen ? <span className="tag">{labels.yourAnswer}</span> : null}
            {item.correct ? <span className="tag">{labels.rightAnswer}</span> : null}
            <p>
              {item.explanation}
              <Cites numbers={item.sources} label={labels.source} />
            </p>
          </li>
        ))}
      </ul>
      {f.flags.length ? (
        <div className="instead">
          <h3>{labels.instead}</h3>
          <ul>
            {f.flags.map((flag) => (
              <li key={flag.id}>
                <strong>{flag.name}.</strong> {flag.instead}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {f.sources.length ? (
        <div className="sources">
          {labels.source}:
          <ol>
            {f.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {/* After the last question comes the optional province question, then the result. */}
      <button type="submit" name="intent" value={last ? "province" : "next"} className="button primary">
        {labels.next}
      </button>
    </div>
  );
}

/**
 * The optional last question: where the person lives, by province, "prefer not to say" chosen
 * already. Only the province is kept, with the result this button stores.
 */
function ProvinceView({ provinces, labels, heading }: { provinces: NonNullable<QuizScreen["provinces"]>; labels: Labels; heading: HeadingRef }) {
  return (
    <div className="province-question">
      <h2 ref={heading} tabIndex={-1} autoFocus>
        {labels.provinceHeading}
      </h2>
      <p id="province-why">{labels.provinceWhy}</p>
      <p className="field">
        <label htmlFor="province">{labels.provinceLabel}</label>
        <select id="province" name="province" defaultValue="" aria-describedby="province-why">
          <option value="">{labels.provinceNone}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" name="intent" value="finish" className="button primary">
        {labels.finish}
      </button>
    </div>
  );
}

/** The numbers of the sources behind one explanation, as in the numbered list under the feedback: " [1, 3]". */
function Cites({ numbers, label }: { numbers: number[]; label: string }) {
  if (!numbers.length) return null;
  return (
    <span className="cite">
      {" "}[<span className="visually-hidden">{label} </span>
      {numbers.join(", ")}]
    </span>
  );
}

function ResultView({ r, labels, heading, lang, help }: { r: NonNullable<QuizScreen["result"]>; labels: Labels; heading: HeadingRef; lang: string; help: ResultHelpData }) {
  const missed = r.missed.map((f) => f.id);
  // The card's link carries the missed flags' ids and nothing else: nothing about the person is stored.
  const cardHref = `/${lang}/card${missed.length ? `?missed=${missed.join(",")}` : ""}`;
  return (
    <div className="result">
      <h2 ref={heading} tabIndex={-1} autoFocus>
        {r.heading}
      </h2>
      <p>{r.summary}</p>
      <ResultHelp missed={missed} data={help} lang={lang} />
      <p>
        <a className="button" href={cardHref} data-card-link="">
          {labels.card}
        </a>
      </p>
      {r.spotted.length ? (
        <>
          <h3>{labels.spotted}</h3>
          <ul>
            {r.spotted.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.missed.length ? (
        <>
          <h3>{labels.missed}</h3>
          <ul>
            {r.missed.map((f) => (
              <li key={f.id}>
                <strong>{f.name}</strong>
                <p>
                  {labels.instead}: {f.instead}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{labels.kindNote}</p>
      <button type="submit" name="intent" value="restart" className="button">
        {labels.restart}
      </button>
    </div>
  );
}
