import { settings } from "./settings.mjs";

// A per-address token bucket for the results API, kept in memory only: the address is a key in a
// Map for at most a few minutes and is never stored or logged. Village hotspots share one address,
// so the limit is generous and the batch endpoint (500 results a request) is the way to sync many.
//
// RESULTS_RATE_PER_MINUTE (default 600) refills the bucket; RESULTS_RATE_BURST (default 120) is its
// size. RESULTS_RATE_PER_MINUTE=0 turns the limit off (the load benchmark does that).
export function rateLimit({
  perMinute = settings().RESULTS_RATE_PER_MINUTE,
  burst = settings().RESULTS_RATE_BURST,
  now = () => Date.now(),
  // Which requests count: results are POSTs; the quiz's draws are also dealt by page loads (GET).
  methods = ["POST"],
  message = "Too many results from this network right now; try again shortly.",
  // The client's key (server.mjs passes result-limit.mjs's clientKey, which honours TRUST_PROXY).
  keyOf = (req) => req.socket.remoteAddress ?? "unknown",
} = {}) {
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  let lastSweep = now();

  return function limit(req, res, next) {
    if (perMinute <= 0 || !methods.includes(req.method)) return next();
    const t = now();
    if (t - lastSweep > 60_000) {
      // Forget addresses whose bucket has refilled: nothing is kept longer than needed.
      for (const [key, b] of buckets) if (b.tokens + (t - b.at) * perMs >= burst) buckets.delete(key);
      lastSweep = t;
    }
    const key = keyOf(req);
    const b = buckets.get(key) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
    if (b.tokens < 1) {
      buckets.set(key, b);
      res.setHeader("Retry-After", String(Math.ceil((1 - b.tokens) / perMs / 1000)));
      res.status(429).json({ error: message });
      return;
    }
    b.tokens -= 1;
    buckets.set(key, b);
    next();
  };
}
