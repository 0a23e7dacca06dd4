import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { VillageSubmission } from "./village-submission";

/**
 * Finished village sessions waiting to be sent, in IndexedDB so they survive closing the browser.
 * An entry holds only the session's numbers (see VillageSubmission); it leaves the outbox only
 * when the server has confirmed it ("stored" or "already stored"), however long that takes.
 */
interface OutboxEntry {
  id: string;
  submission: VillageSubmission;
  savedAt: number;
  attempts: number;
  /** The server's reason when it refused the session (a 4xx); such an entry waits for "send now". */
  refused?: string;
}

interface OutboxDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
}

const BATCH = 50;
/** Waits between automatic tries while the server cannot be reached. */
export const BACKOFF_MS = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000];

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | undefined;

function db() {
  dbPromise ??= openDB<OutboxDb>("waspada-sessions", 1, {
    upgrade(database) {
      database.createObjectStore("outbox", { keyPath: "id" });
    },
  });
  return dbPromise;
}

export async function addToOutbox(submission: VillageSubmission): Promise<void> {
  const store = (await db()).transaction("outbox", "readwrite").store;
  // A session saved twice (e.g. the summary shown again) stays one entry.
  if (!(await store.get(submission.id))) await store.put({ id: submission.id, submission, savedAt: Date.now(), attempts: 0 });
}

export async function outboxEntries(): Promise<OutboxEntry[]> {
  return (await db()).getAll("outbox");
}

export type SendOutcome = { kind: "sent"; count: number } | { kind: "offline" } | { kind: "refused"; reason: string } | { kind: "empty" };

/** Sends what waits, 50 at a time, to the batch endpoint; removes each session the server confirms. */
export async function sendOutbox(includeRefused: boolean): Promise<SendOutcome> {
  const entries = (await outboxEntries()).filter((e) => includeRefused || !e.refused);
  if (entries.length === 0) return { kind: "empty" };
  let sent = 0;
  for (let i = 0; i < entries.length; i += BATCH) {
    const chunk = entries.slice(i, i + BATCH);
    let response: Response;
    try {
      response = await fetch("/api/results/batch", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ results: chunk.map((e) => e.submission) }),
      });
    } catch {
      await touch(chunk);
      return { kind: "offline" };
    }
    if (response.status >= 500) {
      await touch(chunk);
      return { kind: "offline" };
    }
    const body = (await response.json().catch(() => ({}))) as { error?: string; results?: { id: string; status: string }[] };
    if (response.status === 200 || response.status === 207) {
      const confirmed = new Set((body.results ?? []).filter((r) => r.status === "stored" || r.status === "already stored").map((r) => r.id));
      const tx = (await db()).transaction("outbox", "readwrite");
      for (const entry of chunk) {
        if (confirmed.has(entry.id)) await tx.store.delete(entry.id);
        else await tx.store.put({ ...entry, refused: "conflict" });
      }
      await tx.done;
      sent += confirmed.size;
      continue;
    }
    const reason = body.error ?? `HTTP ${response.status}`;
    const tx = (await db()).transaction("outbox", "readwrite");
    for (const entry of chunk) await tx.store.put({ ...entry, attempts: entry.attempts + 1, refused: reason });
    await tx.done;
    return { kind: "refused", reason };
  }
  return { kind: "sent", count: sent };
}

async function touch(chunk: OutboxEntry[]) {
  const tx = (await db()).transaction("outbox", "readwrite");
  for (const entry of chunk) await tx.store.put({ ...entry, attempts: entry.attempts + 1 });
  await tx.done;
}
