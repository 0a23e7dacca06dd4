import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DB_FILE, REPO_ROOT, readSettings } from "../../settings.mjs";

describe("settings", () => {
  it("has a default for every variable, the database at the repository root", () => {
    const s = readSettings({ SESSION_SECRET: "x".repeat(32) });
    expect(s).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, NODE_ENV: "production", RESULTS_RATE_PER_MINUTE: 600, RESULTS_RATE_BURST: 120 });
    expect(s.DB_FILE).toBe(DEFAULT_DB_FILE);
    expect(DEFAULT_DB_FILE).toBe(path.join(REPO_ROOT, "data", "waspada.sqlite"));
    expect(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).toContain('"workspaces"');
    expect(s.DATABASE_URL).toBeUndefined();
  });

  it("reads numbers and takes a relative DB_FILE from where the command was typed", () => {
    const s = readSettings({ PORT: "8080", RESULTS_RATE_PER_MINUTE: "0", DB_FILE: "db/x.sqlite", INIT_CWD: "/srv/app" });
    expect(s.PORT).toBe(8080);
    expect(s.RESULTS_RATE_PER_MINUTE).toBe(0);
    expect(s.DB_FILE).toBe("/srv/app/db/x.sqlite");
  });

  it("names every invalid variable at once", () => {
    expect(() =>
      readSettings({ PORT: "http", DATABASE_URL: "mysql://x", SESSION_SECRET: "short", NODE_ENV: "staging", RESULTS_RATE_BURST: "-1" }),
    ).toThrow(/PORT.*NODE_ENV.*DATABASE_URL.*SESSION_SECRET.*RESULTS_RATE_BURST/);
  });

  it("makes a session secret once beside the database when none is set, readable by its owner only", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "waspada-settings-"));
    const first = readSettings({ DB_FILE: path.join(dir, "a.sqlite") }).SESSION_SECRET;
    const again = readSettings({ DB_FILE: path.join(dir, "a.sqlite") }).SESSION_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(again).toBe(first);
    expect(statSync(path.join(dir, "session-secret")).mode & 0o777).toBe(0o600);
  });

  it("takes PUBLIC_URL as an http(s) address, leaves it unset when empty, and refuses anything else", () => {
    expect(readSettings({ PUBLIC_URL: "https://waspada.example" }).PUBLIC_URL).toBe("https://waspada.example");
    expect(readSettings({ PUBLIC_URL: "" }).PUBLIC_URL).toBeUndefined();
    expect(() => readSettings({ PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_URL/);
  });
});
