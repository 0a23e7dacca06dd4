import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The end-to-end server gets its own database, made fresh for each run, so tests can count what they stored.
export const E2E_DB_FILE = path.resolve(import.meta.dirname, ".e2e/e2e.sqlite");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    ...devices["Pixel 5"],
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `mkdir -p .e2e && rm -f ${E2E_DB_FILE} ${E2E_DB_FILE}-wal ${E2E_DB_FILE}-shm && exec node server.mjs`,
    url: `http://127.0.0.1:${PORT}/id`,
    // The rate limit is unit-tested; here it would turn hostile-input checks into 429s.
    env: { PORT: String(PORT), HOST: "127.0.0.1", DB_FILE: E2E_DB_FILE, RESULTS_RATE_PER_MINUTE: "0" },
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
