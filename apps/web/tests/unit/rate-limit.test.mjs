import { describe, expect, it } from "vitest";
import { rateLimit } from "../../rate-limit.mjs";

function fakeReq(address, method = "POST") {
  return { method, socket: { remoteAddress: address } };
}
function fakeRes() {
  return {
    code: 200,
    headers: {},
    setHeader(k, v) { this.headers[k] = v; },
    status(c) { this.code = c; return this; },
    json(body) { this.body = body; return this; },
  };
}

describe("rateLimit", () => {
  it("lets a burst through, then answers 429 with Retry-After, then refills", () => {
    let t = 0;
    const limit = rateLimit({ perMinute: 60, burst: 3, now: () => t });
    const passed = [];
    for (let i = 0; i < 4; i++) {
      const res = fakeRes();
      let ok = false;
      limit(fakeReq("10.0.0.1"), res, () => (ok = true));
      passed.push(ok ? 200 : res.code);
    }
    expect(passed).toEqual([200, 200, 200, 429]);
    t += 1000; // one token a second
    let ok = false;
    limit(fakeReq("10.0.0.1"), fakeRes(), () => (ok = true));
    expect(ok).toBe(true);
  });

  it("keeps addresses apart and ignores GET", () => {
    const limit = rateLimit({ perMinute: 60, burst: 1, now: () => 0 });
    let count = 0;
    limit(fakeReq("a"), fakeRes(), () => count++);
    limit(fakeReq("b"), fakeRes(), () => count++);
    limit(fakeReq("a", "GET"), fakeRes(), () => count++);
    const res = fakeRes();
    limit(fakeReq("a"), res, () => count++);
    expect(count).toBe(3);
    expect(res.code).toBe(429);
  });

  it("counts the methods it is given (the quiz's draws count page loads too)", () => {
    const limit = rateLimit({ perMinute: 60, burst: 2, now: () => 0, methods: ["GET", "POST"], message: "Too many quizzes" });
    let count = 0;
    limit(fakeReq("a", "GET"), fakeRes(), () => count++);
    limit(fakeReq("a", "POST"), fakeRes(), () => count++);
    const res = fakeRes();
    limit(fakeReq("a", "GET"), res, () => count++);
    expect(count).toBe(2);
    expect(res.code).toBe(429);
    expect(res.body).toEqual({ error: "Too many quizzes" });
  });

  it("is off when the rate is 0", () => {
    const limit = rateLimit({ perMinute: 0, burst: 1, now: () => 0 });
    let count = 0;
    for (let i = 0; i < 10; i++) limit(fakeReq("a"), fakeRes(), () => count++);
    expect(count).toBe(10);
  });
});
