import { defineConfig } from "vitest/config";

// The model-based and property tests walk many paths; on a busy 2-core machine they need more
// than vitest's default 5 s. Time is not what they check.
export default defineConfig({
  test: { testTimeout: 60_000 },
});
