import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressed } from "../../precompressed.mjs";

const SCRIPT = `export const words = ${JSON.stringify("waspada ".repeat(500))};\n`;
let dir;
let server;
let base;

/** A GET with the given Accept-Encoding, the body left as it came over the wire. */
function get(pathname, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    request(`${base}${pathname}`, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "precompressed-"));
  writeFileSync(path.join(dir, "app-abc.js"), SCRIPT);
  writeFileSync(path.join(dir, "app-abc.js.br"), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(dir, "app-abc.js.gz"), gzipSync(SCRIPT));
  writeFileSync(path.join(dir, "plain.css"), "body { color: red; }\n");
  const app = express();
  app.use(compression());
  app.use("/assets", precompressed(dir), express.static(dir));
  await new Promise((resolve) => (server = app.listen(0, "127.0.0.1", resolve)));
  base = `http://127.0.0.1:${server.address().port}/assets`;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressed", () => {
  it("sends the Brotli copy whenever Brotli is accepted, whatever the order, typed as the original", async () => {
    for (const accept of ["gzip, deflate, br, zstd", "br", "*"]) {
      const res = await get("/app-abc.js", accept);
      expect(res.headers["content-encoding"], accept).toBe("br");
      expect(res.headers["content-type"]).toMatch(/^(?:application|text)\/javascript/);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    }
  });

  it("falls back to the gzip copy, then to the file as it is", async () => {
    const gz = await get("/app-abc.js", "gzip, deflate");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const refused = await get("/app-abc.js", "br;q=0, gzip;q=0.5");
    expect(refused.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/app-abc.js", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it("leaves files without copies and unknown names to the next handler", async () => {
    const css = await get("/plain.css", "br");
    expect(css.status).toBe(200);
    expect(css.body.toString()).toBe("body { color: red; }\n");
    expect((await get("/missing.js", "br")).status).toBe(404);
    expect((await get("/..%2fapp-abc.js", "br")).status).toBe(404);
  });
});
