import type { QuizResult } from "@waspada/quiz-engine";
import { useEffect, useRef } from "react";
import type { QuestionWords } from "./question-words";
import { OutboxStatus } from "./outbox-status";
import type { SessionRun } from "./run";
import type { SessionKit, wordsOf } from "./session-kit";
import type { Outbox } from "./use-outbox";

interface Props {
  kit: SessionKit;
  w: ReturnType<typeof wordsOf>;
  texts: QuestionWords;
  result: QuizResult;
  run: SessionRun;
  outbox: Outbox;
  onAgain(): void;
}

/**
 * The red flags of the session, each counted as spotted by the room when more hands spotted it
 * than missed it over the questions that teach it: the room's picture, never a person's score.
 */
export function roomFlags(result: QuizResult): { spotted: string[]; missed: string[] } {
  const sums = new Map<string, { spotted: number; missed: number }>();
  for (const q of result.questions) {
    for (const f of q.flags) {
      const sum = sums.get(f.id) ?? { spotted: 0, missed: 0 };
      sum.spotted += f.spotted;
      sum.missed += f.missed;
      sums.set(f.id, sum);
    }
  }
  const spotted: string[] = [];
  const missed: string[] = [];
  for (const [id, sum] of sums) (sum.spotted >= sum.missed && sum.spotted > 0 ? spotted : missed).push(id);
  return { spotted, missed };
}

export function SummaryScreen({ kit, w, texts, result, run, outbox, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { spotted, missed } = roomFlags(result);
  const flag = (id: string) => texts.flag(id)?.name ?? id;
  const instead = missed.slice(0, 2).flatMap((id) => texts.flag(id)?.instead ?? []);
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h1 id="summary-heading" ref={heading} tabIndex={-1}>
        {w("summary.heading")}
      </h1>
      <div className="summary-grid">
        <div>
          <h2>{w("summary.checks")}</h2>
          <ul className="summary-checks">
            {kit.checks.map((check) => (
              <li key={check.id}>
                <span className="check-text">{check.text}</span>{" "}
                <strong>({w("check.answer", { answer: w(check.answer ? "check.true" : "check.false") })})</strong>
                <br />
                <span className="check-result">
                  {w("check.result", {
                    before: run.opening[check.id] ?? 0,
                    beforePresent: run.openingPresent,
                    after: run.closing[check.id] ?? 0,
                    afterPresent: run.closingPresent,
                  })}
                </span>
              </li>
            ))}
          </ul>
          <h2>{w("summary.spotted")}</h2>
          <p>{spotted.length ? spotted.map(flag).join(" · ") : w("summary.none")}</p>
          <h2>{w("summary.missed")}</h2>
          <p>{missed.length ? missed.map(flag).join(" · ") : w("summary.none")}</p>
        </div>
        <div>
          <h2>{w("summary.messages")}</h2>
          <ul>
            <li>{kit.closing}</li>
            {instead.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <h2>{w("summary.help")}</h2>
          <ul className="summary-help">
            {kit.help.map((h) => (
              <li key={h.id}>{h.name}</li>
            ))}
          </ul>
          <figure className="qr">
            {/* Made on the server by uqr from our own address: no script, no network. */}
            <div role="img" aria-label={`${w("summary.qr")}: ${kit.siteUrl}`} dangerouslySetInnerHTML={{ __html: kit.qrSvg }} />
            <figcaption>
              {w("summary.qr")}: {kit.siteUrl}
            </figcaption>
          </figure>
        </div>
      </div>
      <div className="summary-footer">
        <p>{w("summary.saved")}</p>
        <OutboxStatus outbox={outbox} w={w} />
        <button type="button" onClick={onAgain}>
          {w("summary.again")}
        </button>
      </div>
    </section>
  );
}
