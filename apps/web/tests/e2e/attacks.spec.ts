import http from "node:http";
import { expect, test } from "@playwright/test";
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
