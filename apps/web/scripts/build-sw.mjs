// After `remix vite:build`: bundles sw/service-worker.js with Vite and injects the precache list
// with Workbox's injectManifest (decision 027). The list is every built asset plus the session and
// notes pages in every language; a page's revision is a hash of the server build, which holds every
// word, so new content means a new revision and the pages are fetched again.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { injectManifest } from "workbox-build";

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, "..");
const client = path.join(web, "build/client");
const bundled = path.join(web, "build/sw-bundle");

/** The languages are the locale folders of the content package. */
const languages = readdirSync(path.resolve(web, "../../packages/content/locales"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

await build({
  configFile: false,
  logLevel: "warn",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: bundled,
    emptyOutDir: true,
    target: "es2020",
    minify: true,
    lib: { entry: path.join(web, "sw/service-worker.js"), formats: ["iife"], name: "waspadaServiceWorker", fileName: () => "sw.js" },
  },
});

const revision = createHash("sha256").update(readFileSync(path.join(web, "build/server/index.js"))).digest("hex").slice(0, 16);
const pages = languages.flatMap((lang) => [`/${lang}/session`, `/${lang}/session/notes`]);

const { count, size, warnings } = await injectManifest({
  swSrc: path.join(bundled, "sw.js"),
  swDest: path.join(client, "sw.js"),
  globDirectory: client,
  globPatterns: ["assets/**/*.{js,css}"],
  // Names carry their content hash already.
  dontCacheBustURLsMatching: /^assets\//,
  modifyURLPrefix: { "assets/": "/assets/" },
  additionalManifestEntries: pages.map((url) => ({ url, revision })),
});
rmSync(bundled, { recursive: true, force: true });
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KB of assets) plus ${pages.length} pages`);
