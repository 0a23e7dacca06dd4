import { describe, expect, it } from "vitest";
import { chargeResults, clientKey, configureResultLimit, resultLimitContext, tokenBuckets, TooManyResultsError } from "../../result-limit.mjs";

const req = (address, forwarded) => ({ socket: { remoteAddress: address }, headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded } });

describe("the result limit", () => {
  it("counts results, not requests: a batch takes one token per result", () => {
    let t = 0;
    const buckets = tokenBuckets({ perMinute: 60, burst: 10, now: () => t });
    expect(buckets.take("a", 8)).toBe(0);
    expect(buckets.take("a", 3)).toBeGreaterThan(0); // one request, but three results: refused whole
    expect(buckets.take("a", 2)).toBe(0);
    expect(buckets.take("a", 1)).toBe(1);
    t += 5_000; // a token a second
    expect(buckets.take("a", 5)).toBe(0);
    expect(buckets.take("b", 10)).toBe(0); // another client has its own bucket
  });

  it("charges the client of the request it runs in, and nothing outside one", () => {
    configureResultLimit({ perMinute: 60, burst: 2, now: () => 0 });
    try {
      expect(() => chargeResults(100)).not.toThrow(); // no request: command-line tools, tests
      const context = resultLimitContext((r) => r.key);
      const outcomes = [];
      for (let i = 0; i < 3; i++) {
        context({ key: "10.0.0.1" }, {}, () => {
          try {
            chargeResults(1);
            outcomes.push("ok");
          } catch (error) {
            outcomes.push(error instanceof TooManyResultsError ? error.status : "other");
          }
        });
      }
      expect(outcomes).toEqual(["ok", "ok", 429]);
    } finally {
      configureResultLimit({ perMinute: 0 });
    }
  });

  it("keys on the socket; X-Forwarded-For only from a proxy TRUST_PROXY names", () => {
    expect(clientKey(req("203.0.113.9", "198.51.100.1"))).toBe("203.0.113.9");
    expect(clientKey(req("203.0.113.9", "198.51.100.1"), ["127.0.0.1"])).toBe("203.0.113.9");
    expect(clientKey(req("127.0.0.1", "198.51.100.1"), ["127.0.0.1"])).toBe("198.51.100.1");
    expect(clientKey(req("::ffff:127.0.0.1", "198.51.100.1"), ["127.0.0.1"])).toBe("198.51.100.1");
    // A client's own X-Forwarded-For before the proxy's entry does not choose its key.
    expect(clientKey(req("127.0.0.1", "1.2.3.4, 198.51.100.1"), ["127.0.0.1"])).toBe("198.51.100.1");
    // Two proxies in a row: the nearest address that is not a trusted proxy.
    expect(clientKey(req("127.0.0.1", "198.51.100.1, 10.0.0.2"), ["127.0.0.1", "10.0.0.2"])).toBe("198.51.100.1");
    // A malformed chain counts against the proxy itself.
    expect(clientKey(req("127.0.0.1", "not-an-address"), ["127.0.0.1"])).toBe("127.0.0.1");
    expect(clientKey(req("127.0.0.1"), ["127.0.0.1"])).toBe("127.0.0.1");
  });
});
