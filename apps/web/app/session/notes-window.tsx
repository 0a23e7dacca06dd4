import type { Question } from "@waspada/quiz-engine";
import { useEffect, useMemo, useState } from "react";
import { openChannel, type Position } from "./channel";
import { questionWords } from "./question-words";
import { wordsOf, type SessionKit } from "./session-kit";

/**
 * The facilitator's own screen: what to say and what to ask for the question on the projector,
 * and the safeguarding guide, always at hand. It follows the presenter over a BroadcastChannel.
 */
export function NotesWindow({ kit }: { kit: SessionKit }) {
  const w = useMemo(() => wordsOf(kit), [kit]);
  const texts = useMemo(() => questionWords(kit.pack), [kit]);
  const [position, setPosition] = useState<Position | null>(null);
  useEffect(() => {
    const channel = openChannel((message) => {
      if (message.type === "position") setPosition(message.position);
    });
    channel.post({ type: "hello" });
    return () => channel.close();
  }, []);

  const question: Question | undefined = position?.questionId ? kit.definition.questions.find((q) => q.id === position.questionId) : undefined;
  const check = position?.checkId ? kit.checks.find((c) => c.id === position.checkId) : undefined;
  return (
    <main id="main" className="session-notes" lang={kit.lang}>
      <h1>{w("notes.title")}</h1>
      <section aria-live="polite" className="notes-now">
        {question ? (
          <>
            <p className="notes-position">{position?.current && position.total ? w("present.progress", { current: position.current, total: position.total }) : null}</p>
            <h2>{texts.prompt(question.id)}</h2>
            <h3>{w("notes.speaker")}</h3>
            <p>{texts.why(question.id)}</p>
            {question.redFlags.some((id) => texts.flag(id)) ? (
              <>
                <h3>{w("notes.flags")}</h3>
                <ul>
                  {question.redFlags.filter((id) => texts.flag(id)).map((id) => (
                    <li key={id}>
                      <strong>{texts.flag(id)?.name}</strong>: {texts.flag(id)?.instead}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>{w("notes.prompt")}</h3>
            <p className="notes-prompt">{kit.prompts[question.stage]}</p>
            <p className="notes-sources">
              {w("present.sources")}: {texts.sources(question.id).join("; ")}
            </p>
          </>
        ) : check ? (
          <>
            <h2>{check.text}</h2>
            <p>{w("check.ask")}</p>
            <p>
              <strong>{w("check.answer", { answer: w(check.answer ? "check.true" : "check.false") })}</strong>
            </p>
            <p className="notes-sources">
              {w("present.sources")}: {check.sources.join("; ")}
            </p>
          </>
        ) : (
          <p>{w("notes.waiting")}</p>
        )}
      </section>
      <section className="safeguarding" aria-labelledby="safeguarding-heading">
        <h2 id="safeguarding-heading">{kit.safeguarding.heading}</h2>
        <p>{kit.safeguarding.intro}</p>
        <ul>
          {kit.safeguarding.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <p className="notes-sources">
          {w("present.sources")}: {kit.safeguarding.sources.join("; ")}
        </p>
      </section>
    </main>
  );
}
