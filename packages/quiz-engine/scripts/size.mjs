// Sizes that matter on a cheap phone: the engine with xstate as the browser gets it (esbuild
// bundle + minify, then gzip), and the encoded state the no-JS flow carries in a form field.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = async (entry, options) =>
  (await build({ entryPoints: [join(root, entry)], bundle: true, write: false, logLevel: "error", ...options })).outputFiles[0]
    .contents;
const browser = { minify: true, format: "esm", platform: "browser" };
const kb = (bytes) => `${bytes} B (${(bytes / 1024).toFixed(1)} KB)`;
const report = (label, code) => {
  console.log(`${label}, minified: ${kb(code.length)}`);
  console.log(`${label}, gzip -9:  ${kb(gzipSync(code, { level: 9 }).length)}`);
};

report("xstate alone", await bundle("scripts/size-xstate.ts", browser));
// Everything src/index.ts exports, including the server-side codec and the content validators.
report("engine (all exports) + xstate", await bundle("src/index.ts", browser));
// What a page running the machine in the browser imports (the rest is tree-shaken away).
report("browser set + xstate", await bundle("scripts/size-browser.ts", browser));
// What the web quiz page fetches when a person starts: step and view.
report("step set + xstate", await bundle("scripts/size-step.ts", browser));

// The fixtures are TypeScript: bundle them for Node into a temporary module and import it.
const dir = mkdtempSync(join(tmpdir(), "quiz-engine-size-"));
try {
  const file = join(dir, "testing.mjs");
  writeFileSync(file, await bundle("scripts/size-entry.ts", { format: "esm", platform: "node" }));
  const { encodeState, fixtureQuiz, playQuiz } = await import(file);
  for (const mode of ["solo", "village"]) {
    for (const [label, answers, present] of [
      ["mid-way (7 of 15)", 7, 40],
      ["finished", Infinity, 40],
      ["finished, 1000 present", Infinity, 1000],
    ]) {
      if (mode === "solo" && present !== 40) continue;
      const state = playQuiz(fixtureQuiz, { mode, length: 15, seed: 20261123 }, answers, present);
      console.log(`state ${mode}, ${label} (${state.st}): ${encodeState(state).length} chars`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
