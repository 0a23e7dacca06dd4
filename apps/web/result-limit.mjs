// The one limiter for stored results. It counts results, not requests: every path that stores a
// result (POST /api/results, the batch endpoint, the quiz's form posts and `.data` requests) ends
// in the results store, and the store the app opens (app/utils/db.server.ts) takes one token per
// result from the client's bucket before it writes. The client's key is set per request by
// server.mjs (clientKey below); buckets live in memory only, for a few minutes, and no key is ever
// stored or logged.
//
// RESULTS_RATE_PER_MINUTE (default 600) refills a bucket, RESULTS_RATE_BURST (default 120) is its
// size; RESULTS_RATE_PER_MINUTE=0 turns the limit off (the benchmarks and the e2e suite say so
// explicitly in their environment).
import { AsyncLocalStorage } from "node:async_hooks";
import { isIP } from "node:net";

// server.mjs and the server build each load this file; they share one state through globalThis.
const STATE = Symbol.for("waspada.result-limit");
const state = (globalThis[STATE] ??= { requests: new AsyncLocalStorage(), limiter: undefined });

export class TooManyResultsError extends Error {
  constructor(retryAfterSeconds) {
    super("Too many results from this network right now; try again shortly. Nothing was stored.");
    this.name = "TooManyResultsError";
    this.status = 429;
    this.retryAfter = retryAfterSeconds;
  }
}

/** Token buckets by key: `take(key, n)` answers 0 when n tokens were taken, else the seconds to wait. */
export function tokenBuckets({ perMinute, burst, now = () => Date.now() }) {
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  let lastSweep = now();
  return {
    size: () => buckets.size,
    take(key, n = 1) {
      const t = now();
      if (t - lastSweep > 60_000) {
        // Forget clients whose bucket has refilled: nothing is kept longer than needed.
        for (const [k, b] of buckets) if (b.tokens + (t - b.at) * perMs >= burst) buckets.delete(k);
        lastSweep = t;
      }
      const b = buckets.get(key) ?? { tokens: burst, at: t };
      b.tokens = Math.min(burst, b.tokens + (t - b.at) * perMs);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens < n) return Math.max(1, Math.ceil((n - b.tokens) / perMs / 1000));
      b.tokens -= n;
      return 0;
    },
  };
}

/** Sets (or, with perMinute 0, turns off) this process's result limit. */
export function configureResultLimit({ perMinute, burst, now }) {
  state.limiter = perMinute > 0 ? tokenBuckets({ perMinute, burst, now }) : undefined;
}

/** Express middleware: the rest of the request runs knowing its client's key. */
export function resultLimitContext(keyOf) {
  return (req, _res, next) => state.requests.run({ key: keyOf(req), limited: false }, next);
}

/**
 * Takes `n` results from the current request's client; throws TooManyResultsError when its bucket
 * is short (nothing is taken then). Outside a request (command-line tools, tests) it does nothing.
 */
export function chargeResults(n) {
  const context = state.requests.getStore();
  if (!context || !state.limiter || n <= 0) return;
  const wait = state.limiter.take(context.key, n);
  if (wait) {
    context.limited = wait;
    throw new TooManyResultsError(wait);
  }
}

/** Whether this request was refused by the result limit (so a Remix error becomes a 429), and for how long. */
export function limitedFor() {
  return state.requests.getStore()?.limited || 0;
}

/**
 * The client's key: the socket's address, or, when the socket is a proxy TRUST_PROXY names, the
 * nearest address in X-Forwarded-For that is not one of those proxies. A client cannot choose its
 * key by sending X-Forwarded-For itself: from any other peer the header is ignored.
 */
export function clientKey(req, trustedProxies = []) {
  const peer = normalise(req.socket?.remoteAddress ?? "");
  if (!trustedProxies.length || !trustedProxies.includes(peer)) return peer || "unknown";
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((h) => normalise(h.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!isIP(hop)) return peer; // a malformed chain: count it against the proxy itself
    if (!trustedProxies.includes(hop)) return hop;
  }
  return peer;
}

const normalise = (address) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
