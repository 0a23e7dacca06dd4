// @ts-check
// Every environment variable the web app reads, its default and its validation, in one place.
// Plain ESM so that server.mjs (run by node), vite.config.ts and the app's server code all import
// this same file; the server build keeps it external (see vite.config.ts), so one process reads and
// checks its environment once. Run `node apps/web/settings.mjs NAME` to print one resolved setting
// (the root package.json's database scripts use it for DB_FILE).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root: this file lives in apps/web. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The SQLite database when neither DB_FILE nor DATABASE_URL is set: data/ at the repository root. */
export const DEFAULT_DB_FILE = path.join(REPO_ROOT, "data", "waspada.sqlite");

/** A whole number from an environment string; empty means "use the default". */
const count = (/** @type {number} */ fallback) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().min(0).default(fallback));

const schema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(65_535).default(3000)),
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  DB_FILE: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL; leave it unset to use SQLite (DB_FILE)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  // The site's public address (https://…), for the QR code on a village session's summary; unset,
  // the code points at the address the page was opened from (a laptop server's own address).
  PUBLIC_URL: z
    .string()
    .url("PUBLIC_URL must be a URL such as https://waspada.example")
    .regex(/^https?:\/\//, "PUBLIC_URL must start with http:// or https://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // What one facilitator code may send per UTC day (village sessions, and the people in them).
  FACILITATOR_SESSIONS_PER_DAY: count(20),
  FACILITATOR_PEOPLE_PER_DAY: count(1_000),
  // The reverse proxies (their addresses, comma-separated) whose X-Forwarded-For names the client
  // for the rate limits; unset, the limits key on the connection's own address.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((a) => a.trim()).filter(Boolean))
    .refine((list) => list.every((a) => isIP(a) !== 0), "TRUST_PROXY must list IP addresses, comma-separated"),
  // Results (not requests) one client may store: RESULTS_RATE_PER_MINUTE refills its bucket,
  // RESULTS_RATE_BURST is its size. 0 a minute turns the limit off, as the benchmarks and the e2e
  // suite do explicitly.
  RESULTS_RATE_PER_MINUTE: count(600),
  // Quiz draws (page loads and posts that deal one) per client; unset, the results' figures.
  DRAW_RATE_PER_MINUTE: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).optional()),
  DRAW_RATE_BURST: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).optional()),
  RESULTS_RATE_BURST: count(120),
});

/**
 * @typedef {Omit<z.infer<typeof schema>, "DB_FILE" | "SESSION_SECRET"> & {
 *   DB_FILE: string;
 *   readonly SESSION_SECRET: string;
 * }} Settings
 * DB_FILE is absolute (a relative one is taken from the folder the command was typed in);
 * SESSION_SECRET is made once beside the database when unset (read on first use).
 */

/**
 * Reads and checks an environment. Throws one error naming every invalid variable.
 * @param {Record<string, string | undefined>} env
 * @returns {Settings}
 */
export function readSettings(env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const { DB_FILE, SESSION_SECRET, ...rest } = parsed.data;
  // npm runs scripts inside a package folder; a relative path means where the command was typed.
  const dbFile = DB_FILE ? (DB_FILE === ":memory:" ? DB_FILE : path.resolve(env.INIT_CWD ?? process.cwd(), DB_FILE)) : DEFAULT_DB_FILE;
  /** @type {string | undefined} */
  let secret = SESSION_SECRET;
  return {
    ...rest,
    DB_FILE: dbFile,
    get SESSION_SECRET() {
      secret ??= localSecret(dbFile);
      return secret;
    },
  };
}

/** @type {Settings | undefined} */
let cached;

/**
 * This process's settings, read from process.env once.
 * @returns {Settings}
 */
export function settings() {
  cached ??= readSettings(process.env);
  return cached;
}

/**
 * Without SESSION_SECRET a newcomer's `npm start` still works: a random secret is made once and
 * kept beside the database (data/ is never committed), so signed quiz states survive restarts.
 * @param {string} dbFile
 */
function localSecret(dbFile) {
  const file = path.join(path.dirname(dbFile === ":memory:" ? DEFAULT_DB_FILE : dbFile), "session-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not made yet.
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const made = randomBytes(32).toString("base64url");
  writeFileSync(file, made, { mode: 0o600 });
  return made;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  const all = readSettings(process.env);
  if (!name || !(name in all) || name === "SESSION_SECRET") {
    console.error("usage: node apps/web/settings.mjs <HOST|PORT|NODE_ENV|DB_FILE|DATABASE_URL|RESULTS_RATE_PER_MINUTE|RESULTS_RATE_BURST>");
    process.exit(2);
  }
  console.log(String(all[/** @type {keyof Settings} */ (name)] ?? ""));
}
