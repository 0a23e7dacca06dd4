// Types for result-limit.mjs.
export declare class TooManyResultsError extends Error {
  constructor(retryAfterSeconds: number);
  readonly status: 429;
  readonly retryAfter: number;
}
export declare function chargeResults(n: number): void;
export declare function limitedFor(): number;
