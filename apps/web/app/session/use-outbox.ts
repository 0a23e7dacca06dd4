import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { VillageSubmission } from "./village-submission";

export interface Outbox {
  /** Sessions waiting to send; null until the outbox has been read. */
  waiting: number | null;
  status: "idle" | "sending" | "sent" | "offline" | "refused";
  reason: string;
  add(submission: VillageSubmission): Promise<void>;
  sendNow(): void;
}

/**
 * The outbox as the session pages show it. Sends on open, when the browser comes back online, on
 * "send now", and after each failed try with growing waits (BACKOFF_MS). The IndexedDB code is
 * loaded on first use, so it is not in the page's first load.
 */
export function useOutbox(): Outbox {
  const [waiting, setWaiting] = useState<number | null>(null);
  const [status, setStatus] = useState<Outbox["status"]>("idle");
  const [reason, setReason] = useState("");
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    const { outboxEntries } = await import("./outbox.client");
    setWaiting((await outboxEntries()).length);
  }, []);

  const send = useCallback(
    async (manual: boolean) => {
      if (busy.current) return;
      busy.current = true;
      clearTimeout(timer.current);
      const { sendOutbox, BACKOFF_MS } = await import("./outbox.client");
      setStatus("sending");
      try {
        const outcome = await sendOutbox(manual);
        if (outcome.kind === "offline") {
          setStatus("offline");
          const delay = BACKOFF_MS[Math.min(attempt.current, BACKOFF_MS.length - 1)]!;
          attempt.current += 1;
          timer.current = setTimeout(() => void send(false), delay);
        } else if (outcome.kind === "refused") {
          setStatus("refused");
          setReason(outcome.reason);
        } else {
          attempt.current = 0;
          setStatus(outcome.kind === "sent" ? "sent" : "idle");
        }
      } finally {
        busy.current = false;
        await refresh();
      }
    },
    [refresh],
  );

  useEffect(() => {
    void send(false);
    const online = () => {
      attempt.current = 0;
      void send(false);
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [send]);

  const add = useCallback(
    async (submission: VillageSubmission) => {
      const { addToOutbox } = await import("./outbox.client");
      await addToOutbox(submission);
      await refresh();
      void send(false);
    },
    [refresh, send],
  );

  return useMemo(() => ({ waiting, status, reason, add, sendNow: () => void send(true) }), [waiting, status, reason, add, send]);
}
