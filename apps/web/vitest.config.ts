import { defineConfig } from "vitest/config";

// Unit tests only; the browser tests live in tests/e2e and run through Playwright.
export default defineConfig({
  test: { include: ["app/**/*.test.ts", "tests/unit/**/*.test.mjs"], environment: "node", testTimeout: 30_000 },
});
