import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { playToProvinceQuestion, storedSubmission, submissionIdOf } from "./helpers";
import { rssOf, startOwnServer, type OwnServer } from "./own-server";

// Each attack found when the site was tried as an attacker would, reproduced against the built
// server: each must now fail (a 4xx, nothing stored, nothing left behind).

/**
 * Posts `total` bytes as a chunked body (no Content-Length), 64 KB a write, and stops writing as
 * soon as the server answers or closes. Returns the status (0 when the connection was cut first)
 * and how many bytes were written.
 */
function postChunked(base: string, path: string, contentType: string, total: number): Promise<{ status: number; sent: number }> {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    let sent = 0;
    let finished = false;
    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      req.destroy();
      resolve({ status, sent });
    };
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: "POST",
      path: url.pathname,
      headers: { "content-type": contentType, "transfer-encoding": "chunked", "sec-fetch-site": "same-origin" },
    });
    req.on("response", (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on("error", () => finish(0));
    const chunk = Buffer.alloc(64 * 1024, "a");
    const write = () => {
      while (!finished && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", write);
          return;
        }
      }
      if (!finished) req.end();
    };
    write();
  });
}

test.describe("bodies are cut off at their limit while streaming", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("a chunked 150 MB body to every route that takes one: refused early, server memory grows under 50 MB", async () => {
    test.setTimeout(120_000);
    const before = await rssOf(server.pid);
    let peak = before;
    const sampler = setInterval(() => {
      rssOf(server.pid).then((rss) => (peak = Math.max(peak, rss)), () => {});
    }, 20);
    const targets = [
      ["/id/quiz", "application/x-www-form-urlencoded"],
      ["/id/quiz", "multipart/form-data; boundary=x"],
      ["/id/quiz.data", "application/x-www-form-urlencoded"],
      ["/api/results", "application/json"],
      ["/api/results/batch", "application/json"],
      ["/id/help", "application/x-www-form-urlencoded"],
    ] as const;
    try {
      for (const [path, type] of targets) {
        const { status, sent } = await postChunked(server.base, path, type, 150 * 1024 * 1024);
        // The server answers 413 (or closes the connection while the client is still writing).
        expect([413, 0], `${path} ${type}`).toContain(status);
        expect(sent, `${path}: the client was stopped long before 150 MB`).toBeLessThan(32 * 1024 * 1024);
      }
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(50 * 1024 * 1024);
    // And the server still works.
    expect((await fetch(`${server.base}/id`)).status).toBe(200);
  });

  test("a lying or oversized Content-Length is refused before reading", async () => {
    const res = await fetch(`${server.base}/id/quiz`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
      body: "intent=start&pad=" + "x".repeat(70 * 1024),
    });
    expect(res.status).toBe(413);
  });
});

/** A page on another origin (127.0.0.1, another port): the forger's site. */
async function foreignSite(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(pages[req.url ?? "/"] ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

test.describe("cross-site forgery", () => {
  test.use({ javaScriptEnabled: false });

  test("another site's sandboxed iframe (Origin: null) or page auto-submitting the quiz stores nothing", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    await playToProvinceQuestion(page, false);
    const id = await submissionIdOf(page);
    const sealed = await page.locator('.quiz-form input[name="quiz"]').first().inputValue();
    const form = `<form method="post" action="${baseURL}/en/quiz"><input name="intent" value="finish"><input name="quiz" value="${attr(sealed)}"></form><script>document.forms[0].submit()</script>`;
    // The forger's page: a sandboxed frame (its posts say Origin: null) and a plain one (its own origin).
    const evil = await foreignSite({
      "/": `<!doctype html><title>win a prize</title><iframe sandbox="allow-forms allow-scripts" src="/form"></iframe><iframe src="/form"></iframe>`,
      "/form": `<!doctype html>${form}`,
    });
    try {
      const visitor = await browser.newContext({ javaScriptEnabled: true });
      const tab = await visitor.newPage();
      const posts: string[] = [];
      const answers: number[] = [];
      tab.on("request", (r) => {
        if (r.url() === `${baseURL}/en/quiz` && r.method() === "POST") posts.push(r.headers()["origin"] ?? "");
      });
      tab.on("response", (r) => {
        if (r.url() === `${baseURL}/en/quiz` && r.request().method() === "POST") answers.push(r.status());
      });
      await tab.goto(evil.url);
      // Both frames posted: one as Origin null, one as the forger's own origin.
      await expect.poll(() => posts.length, { timeout: 30_000, message: JSON.stringify(posts) }).toBe(2);
      expect(posts.sort()).toEqual([evil.url.replace(/\/$/, ""), "null"].sort());
      await expect.poll(() => answers.length, { timeout: 30_000 }).toBe(2);
      expect(answers).toEqual([403, 403]);
      await visitor.close();
    } finally {
      await evil.close();
    }
    expect(storedSubmission(id)).toBeUndefined();
    // Our own page, without JavaScript, still stores the very same quiz.
    await page.getByRole("button", { name: "See results" }).click();
    await expect(page.locator(".result h2")).toBeVisible();
    expect(storedSubmission(id)).toBeDefined();
  });
});

test("with JavaScript our own quiz still stores its result", async ({ page }) => {
  test.setTimeout(90_000);
  await playToProvinceQuestion(page, true);
  const id = await submissionIdOf(page);
  const posted = page.waitForResponse((r) => r.url().endsWith("/api/results") && r.request().method() === "POST");
  await page.getByRole("button", { name: "See results" }).click();
  expect((await posted).status()).toBe(201);
  expect(storedSubmission(id)).toBeDefined();
});

/** Sends raw bytes (what no well-behaved client library would send) and returns the status line's code. */
function raw(base: string, request: string): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(request));
    let answer = "";
    socket.on("data", (d) => (answer += String(d)));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

/** A GET with a Host header of our choosing (fetch would send the real one). */
function getWithHost(base: string, path: string, host: string): Promise<{ headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

test.describe("every bad request is a 4xx", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ PUBLIC_URL: "https://waspada.example" });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("odd methods, a malformed Host or escapes, foreign origins and non-form bodies: 4xx, and the log stays quiet", async () => {
    const host = new URL(server.base).host;
    const form = (type: string, body: string, extra = "") =>
      `POST /id/quiz HTTP/1.1\r\nHost: ${host}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;
    const cases: [string, string, number][] = [
      ["TRACE", `TRACE /id HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 405],
      ["OPTIONS", `OPTIONS /id HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 405],
      ["PUT", `PUT /api/results HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, 405],
      ["malformed Host", `GET /id HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n`, 400],
      ["Host with a path", `GET /id HTTP/1.1\r\nHost: evil.example/x\r\nConnection: close\r\n\r\n`, 400],
      ["absolute-form target", `GET http://evil.example/id HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 400],
      ["malformed escape", `GET /id/%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 400],
      ["malformed escape on an asset", `GET /assets/%zz.js HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 400],
      ["JSON to the quiz", form("application/json", '{"intent":"start"}'), 415],
      ["text to the quiz", form("text/plain", "intent=start"), 415],
      ["broken multipart", form("multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\nstart"), 400],
      ["multipart without boundary", form("multipart/form-data", "intent=start"), 400],
      ["foreign Origin", form("application/x-www-form-urlencoded", "intent=start", "Origin: https://evil.example\r\n"), 403],
      ["Origin: null", form("application/x-www-form-urlencoded", "intent=start", "Origin: null\r\n"), 403],
      ["cross-site fetch", form("application/x-www-form-urlencoded", "intent=start", "Sec-Fetch-Site: cross-site\r\n"), 403],
      ["JSON to the API as text", `POST /api/results HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, 415],
      ["a bad Content-Length", `POST /api/results HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 1e3\r\nConnection: close\r\n\r\n{}`, 400],
    ];
    for (const [name, request, status] of cases) expect(await raw(server.base, request), name).toBe(status);
    // A flood of malformed paths: none is written to the log, and nothing else is either.
    const marker = "attacker-chosen-text";
    for (let i = 0; i < 200; i++) await raw(server.base, `GET /${marker}/%E0%A4%A${i} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(server.log()).not.toContain(marker);
    expect(server.log().length).toBeLessThan(5_000);
    // A well-formed form post from our own page still works.
    expect(await raw(server.base, form("application/x-www-form-urlencoded", "intent=start", "Sec-Fetch-Site: same-origin\r\n"))).toBe(200);
  });

  test("links name PUBLIC_URL, never the Host header; HTTPS brings HSTS", async () => {
    const page = await getWithHost(server.base, "/id", "evil.example");
    expect(page.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const html = page.body;
    expect(html).toContain('href="https://waspada.example/id"');
    expect(html).toContain('content="https://waspada.example/social-preview.png"');
    expect(html).not.toContain("evil.example");
    const robots = (await getWithHost(server.base, "/robots.txt", "evil.example")).body;
    expect(robots).toContain("Sitemap: https://waspada.example/sitemap.xml");
    const sitemap = (await getWithHost(server.base, "/sitemap.xml", "evil.example")).body;
    expect(sitemap).toContain("<loc>https://waspada.example/id/quiz</loc>");
    expect(sitemap).not.toContain("evil.example");
  });
});

test("/api/health answers only whether the service works: nothing in it changes when a result arrives", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ ok: true });
});
