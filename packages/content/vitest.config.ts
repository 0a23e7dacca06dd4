import { defineConfig } from "vitest/config";

// Two projects: "unit" tests the code; "check" is `npm run content:check`, which runs through vitest
// because the locale files are loaded with Vite's import.meta.glob.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"], environment: "node" } },
      { test: { name: "check", include: ["scripts/content-check.test.ts"], environment: "node" } },
    ],
  },
});
