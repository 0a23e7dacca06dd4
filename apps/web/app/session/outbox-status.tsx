import type { wordsOf } from "./session-kit";
import type { Outbox } from "./use-outbox";

/** "Sessions waiting to send: 2" and a button to send now; a live region, so the count is read out as it changes. */
export function OutboxStatus({ outbox, w }: { outbox: Outbox; w: ReturnType<typeof wordsOf> }) {
  if (outbox.waiting === null) return null;
  const message =
    outbox.waiting === 0
      ? w("outbox.allSent")
      : outbox.status === "offline"
        ? w("outbox.failed")
        : outbox.status === "refused"
          ? w("outbox.refused", { reason: outbox.reason })
          : "";
  return (
    <div className="outbox">
      <p role="status" className="outbox-count" data-waiting={outbox.waiting}>
        {w("outbox.waiting", { count: outbox.waiting })}
        {message ? ` ${message}` : ""}
      </p>
      {outbox.waiting > 0 ? (
        <button type="button" onClick={outbox.sendNow} disabled={outbox.status === "sending"}>
          {outbox.status === "sending" ? w("outbox.sending") : w("outbox.sendNow")}
        </button>
      ) : null}
    </div>
  );
}
