import { readdirSync } from "node:fs";
import path from "node:path";

// Brotli first (smaller), then gzip; anything else gets the file as it is.
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];

/**
 * Serves the .br or .gz copy that scripts/precompress.mjs made beside a built asset, when the
 * browser accepts it (Express's own Accept-Encoding parsing; q=0 refuses an encoding), by pointing
 * the request at that copy before `serveStatic` (express.static for the same folder) sends it.
 * Only names listed in the folder at start-up are rewritten, so no request can name another path.
 * The response says its encoding and type, and `Vary: Accept-Encoding`; compression() then leaves
 * it alone, as it does any response that is already encoded.
 */
export function precompressed(dir) {
  let files;
  try {
    files = new Set(readdirSync(dir));
  } catch {
    files = new Set();
  }
  return function precompressedAsset(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const name = req.path.slice(1);
    if (name.includes("/") || !files.has(name)) return next();
    const available = ENCODINGS.filter((e) => files.has(name + e.suffix));
    if (!available.length) return next();
    res.vary("Accept-Encoding");
    // Asked one by one, so Brotli wins whenever it is accepted at all, whatever order the browser
    // lists them in (as compression() itself prefers it).
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return next();
    res.type(path.extname(name));
    res.setHeader("Content-Encoding", encoding.name);
    req.url = `/${name}${encoding.suffix}${req.url.slice(req.path.length)}`;
    next();
  };
}
