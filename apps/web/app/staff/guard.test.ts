import { csrfFor } from "@waspada/results";
import { describe, expect, it } from "vitest";
import { clearSessionCookie, isLocalPlainHttp, sessionToken, setPreCookie, setSessionCookie } from "./cookie.server";
import { postProblem } from "./guard.server";
import { safeNext } from "./lang.server";

const TOKEN = "a-session-token-of-the-browser";

function post(url: string, headers: Record<string, string> = {}) {
  return new Request(url, { method: "POST", headers });
}

describe("staff POST guard", () => {
  const url = "https://waspada.example/staff/accounts";

  it("lets through a same-origin post carrying the session's CSRF token", () => {
    expect(postProblem(post(url, { "Sec-Fetch-Site": "same-origin", Origin: "https://waspada.example" }), TOKEN, csrfFor(TOKEN))).toBeUndefined();
    // Our pages are no-referrer, so browsers may send Origin: null; the token still decides.
    expect(postProblem(post(url, { Origin: "null" }), TOKEN, csrfFor(TOKEN))).toBeUndefined();
  });

  it("refuses a missing, wrong or other session's token", () => {
    expect(postProblem(post(url), TOKEN, null)).toMatch(/CSRF/);
    expect(postProblem(post(url), TOKEN, "forged")).toMatch(/CSRF/);
    expect(postProblem(post(url), TOKEN, csrfFor("someone-else's-token"))).toMatch(/CSRF/);
    expect(postProblem(post(url), undefined, csrfFor(TOKEN))).toMatch(/no session/);
  });

  it("refuses a cross-site request even with the right token", () => {
    expect(postProblem(post(url, { "Sec-Fetch-Site": "cross-site" }), TOKEN, csrfFor(TOKEN))).toMatch(/cross-site/);
    expect(postProblem(post(url, { "Sec-Fetch-Site": "same-site" }), TOKEN, csrfFor(TOKEN))).toMatch(/cross-site/);
    expect(postProblem(post(url, { Origin: "https://evil.example" }), TOKEN, csrfFor(TOKEN))).toMatch(/origin/);
    expect(postProblem(post(url, { Origin: "not a url" }), TOKEN, csrfFor(TOKEN))).toMatch(/origin/);
  });

  it("refuses anything but POST", () => {
    expect(postProblem(new Request(url), TOKEN, csrfFor(TOKEN))).toBe("not a POST");
  });
});

describe("staff cookie", () => {
  it("is __Host-, Secure, HttpOnly and SameSite=Strict except over plain http on loopback", () => {
    const remote = new Request("https://waspada.example/staff");
    expect(setSessionCookie(remote, "t")).toBe("__Host-waspada_staff=t; Path=/; HttpOnly; SameSite=Strict; Secure");
    // Plain http to a public name still gets the prefix and Secure: the browser will refuse to
    // keep it, which is the right outcome for a server exposed without TLS.
    expect(isLocalPlainHttp(new Request("http://waspada.example/staff"))).toBe(false);
    const local = new Request("http://127.0.0.1:3000/staff");
    expect(isLocalPlainHttp(local)).toBe(true);
    expect(setSessionCookie(local, "t")).toBe("waspada_staff=t; Path=/; HttpOnly; SameSite=Strict");
    expect(clearSessionCookie(local)).toContain("Max-Age=0");
    expect(setPreCookie(remote, "p")).toMatch(/^__Host-waspada_staff_pre=p; .*Secure/);
  });

  it("is read back by its own name only", () => {
    const remote = new Request("https://waspada.example/staff", { headers: { Cookie: "waspada_staff=plain; __Host-waspada_staff=host" } });
    expect(sessionToken(remote)).toBe("host");
    const local = new Request("http://localhost/staff", { headers: { Cookie: "__Host-waspada_staff=host; waspada_staff=plain" } });
    expect(sessionToken(local)).toBe("plain");
  });
});

it("returns after sign-in only to staff pages", () => {
  expect(safeNext("/staff/questions?lang=en")).toBe("/staff/questions?lang=en");
  expect(safeNext("https://evil.example/staff")).toBe("/staff");
  expect(safeNext("//evil.example/staff")).toBe("/staff");
  expect(safeNext("/staffing")).toBe("/staff");
  expect(safeNext(null)).toBe("/staff");
});
