import type { ResultsStore } from "../store";
import type { StoredSubmission } from "../types";

/** Sessions per request: well under the batch endpoint's limit and its 1 MB body. */
export const FORWARD_BATCH = 100;

export interface ForwardReport {
  /** Sessions the target confirmed in this run ("stored" or "already stored"). */
  sent: number;
  /** Of those, how many the target already had. */
  alreadyThere: number;
  /** Sessions skipped because an earlier run had them confirmed. */
  skipped: number;
}

export class ForwardError extends Error {
  override readonly name = "ForwardError";
}

/**
 * Forwards this store's village sessions to another Waspada server through its batch endpoint,
 * with this laptop's facilitator code, and records each one the target confirms, so the next run
 * sends only what is new. The target stores a session once whatever happens (the id is the key),
 * so a run cut short is simply run again.
 */
export async function forwardSessions(
  store: ResultsStore,
  options: { to: string; facilitatorCode: string; fetch?: typeof fetch; log?: (line: string) => void },
): Promise<ForwardReport> {
  const target = new URL(options.to);
  if (target.protocol !== "https:" && target.protocol !== "http:") throw new ForwardError("--to must be an http:// or https:// address.");
  const endpoint = new URL("/api/results/batch", target.origin).toString();
  const send = options.fetch ?? fetch;
  const done = await store.forwarded(target.origin);
  const report: ForwardReport = { sent: 0, alreadyThere: 0, skipped: 0 };
  let batch: StoredSubmission[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const results = batch.map(({ day: _day, ...submission }) => ({ ...submission, facilitatorCode: options.facilitatorCode }));
    let response: Response;
    try {
      response = await send(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ results }) });
    } catch (error) {
      throw new ForwardError(`Could not reach ${target.origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const body = (await response.json().catch(() => ({}))) as { error?: string; results?: { id: string; status: string }[] };
    if (response.status !== 200 && response.status !== 207) {
      throw new ForwardError(`${target.origin} refused the sessions (HTTP ${response.status}): ${body.error ?? "no reason given"}`);
    }
    const confirmed = (body.results ?? []).filter((r) => r.status === "stored" || r.status === "already stored");
    await store.markForwarded(
      target.origin,
      confirmed.map((r) => r.id),
    );
    report.sent += confirmed.length;
    report.alreadyThere += confirmed.filter((r) => r.status === "already stored").length;
    const refused = (body.results ?? []).filter((r) => r.status !== "stored" && r.status !== "already stored");
    if (refused.length) throw new ForwardError(`${target.origin} holds a different session under ${refused.map((r) => r.id).join(", ")}.`);
    options.log?.(`${report.sent} sent so far`);
    batch = [];
  };
  for await (const row of store.dump()) {
    if (row.mode === "solo") continue;
    if (done.has(row.id)) {
      report.skipped += 1;
      continue;
    }
    batch.push(row);
    if (batch.length >= FORWARD_BATCH) await flush();
  }
  await flush();
  return report;
}
