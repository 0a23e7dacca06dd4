import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { SCRYPT, hashPassword, spendVerifyTime, verifyPassword } from "./password";
import { describePasswordProblem, passwordProblem } from "./password-policy";

export const STAFF_ROLES = ["admin", "viewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const MINUTE = 60_000;
/** At most this many failed sign-ins per account in one window... */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
/** ...then a lockout of 15 minutes, doubling with each lockout in a row, up to a day. */
export const FIRST_LOCKOUT_MS = 15 * MINUTE;
export const MAX_LOCKOUT_MS = 24 * 60 * MINUTE;
export const SESSION_IDLE_MS = 30 * MINUTE;
export const SESSION_MAX_MS = 8 * 60 * MINUTE;
/** How often a session's last use is written: idle expiry is exact to within this. */
const TOUCH_EVERY_MS = MINUTE;

export type SignInOutcome = "success" | "wrong-password" | "unknown-account" | "locked" | "disabled";

export interface StaffAccount {
  id: number;
  username: string;
  role: StaffRole;
  createdAt: number;
  disabled: boolean;
}

export interface StaffSession {
  account: StaffAccount;
  /** The anti-CSRF token for forms in this session. */
  csrf: string;
  createdAt: number;
  expiresAt: number;
}

export type SignInResult =
  | { ok: true; token: string; session: StaffSession }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: number };

export interface SignInRecord {
  at: number;
  username: string | null;
  outcome: SignInOutcome;
}

/**
 * Why an account command was refused, as a code: the dashboard words it in the staff member's
 * language (`staff:errors.codes.<code>`); the command line shows the English message.
 */
export const STAFF_ERROR_CODES = [
  "bad-username",
  "bad-role",
  "account-exists",
  "not-created",
  "unknown-account",
  "password-required",
  "password-too-short",
  "password-too-long",
  "password-too-common",
] as const;
export type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number];

/** A mistake in an account command (unknown user, weak password, …), with its code and an English message. */
export class StaffAccountError extends Error {
  override readonly name = "StaffAccountError";
  readonly code: StaffErrorCode;

  constructor(code: StaffErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

export function normaliseUsername(name: string): string {
  const username = name.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new StaffAccountError("bad-username", "A user name is 2 to 32 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.");
  }
  return username;
}

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** The session id stored server-side: the token itself never reaches the database. */
function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tied to the session: only someone holding the session cookie can know it. */
export function csrfFor(token: string): string {
  return createHash("sha256").update(`csrf\u0000${token}`).digest("base64url");
}

export function csrfMatches(token: string, submitted: unknown): boolean {
  if (typeof submitted !== "string") return false;
  const expected = Buffer.from(csrfFor(token));
  const actual = Buffer.from(submitted);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

type AccountRow = {
  id: number;
  username: string;
  role: string;
  created_at: number | string;
  disabled_at: number | string | null;
};

function toAccount(row: AccountRow): StaffAccount {
  return {
    id: Number(row.id),
    username: row.username,
    role: isStaffRole(row.role) ? row.role : "viewer",
    createdAt: Number(row.created_at),
    disabled: row.disabled_at !== null,
  };
}

export interface StaffOptions {
  /** The clock; tests move it by hand. */
  now?: () => number;
  /**
   * log2 of scrypt's N for new hashes. Production keeps the default (17); tests of throttling
   * lower it so that dozens of sign-ins run in seconds. Checks always use the hash's own N.
   */
  scryptLogN?: number;
}

/** Staff accounts, sign-in throttling and server-side sessions. */
export class StaffAccounts {
  readonly #db: Kysely<Database>;
  readonly #now: () => number;
  readonly #logN: number;

  constructor(db: Kysely<Database>, options: StaffOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? Date.now;
    this.#logN = options.scryptLogN ?? SCRYPT.logN;
  }

  async create(name: string, role: string, password: string): Promise<StaffAccount> {
    const username = normaliseUsername(name);
    if (!isStaffRole(role)) throw new StaffAccountError("bad-role", `The role must be one of: ${STAFF_ROLES.join(", ")}.`);
    await this.#checkPassword(password, username);
    const existing = await this.#row(username);
    if (existing) throw new StaffAccountError("account-exists", `The account "${username}" already exists.`);
    const password_hash = await hashPassword(password, this.#logN);
    await this.#db.insertInto("staff_accounts").values({ username, role, password_hash, created_at: this.#now() }).execute();
    const created = await this.#row(username);
    if (!created) throw new StaffAccountError("not-created", `The account "${username}" could not be created.`);
    return toAccount(created);
  }

  /** Sets a new password, ends the account's sessions and lifts any lockout. */
  async resetPassword(name: string, password: string): Promise<void> {
    const account = await this.#require(name);
    await this.#checkPassword(password, account.username);
    const password_hash = await hashPassword(password, this.#logN);
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .updateTable("staff_accounts")
        .set({ password_hash, failures: 0, window_start: null, lockouts: 0, locked_until: null })
        .where("id", "=", account.id)
        .execute();
      await trx.deleteFrom("staff_sessions").where("account_id", "=", account.id).execute();
    });
  }

  /** Disables the account and ends its sessions at once. */
  async disable(name: string): Promise<void> {
    const account = await this.#require(name);
    await this.#db.transaction().execute(async (trx) => {
      await trx.updateTable("staff_accounts").set({ disabled_at: this.#now() }).where("id", "=", account.id).where("disabled_at", "is", null).execute();
      await trx.deleteFrom("staff_sessions").where("account_id", "=", account.id).execute();
    });
  }

  async enable(name: string): Promise<void> {
    const account = await this.#require(name);
    await this.#db.updateTable("staff_accounts").set({ disabled_at: null }).where("id", "=", account.id).execute();
  }

  async list(): Promise<StaffAccount[]> {
    const rows = await this.#db.selectFrom("staff_accounts").select(["id", "username", "role", "created_at", "disabled_at"]).orderBy("username").execute();
    return rows.map(toAccount);
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    const row = await this.#row(name.trim().toLowerCase());
    return row ? toAccount(row) : undefined;
  }

  /**
   * Checks a password with throttling: after MAX_FAILURES failures within FAILURE_WINDOW_MS the
   * account is locked (15 minutes, doubling with each lockout in a row). A locked account's
   * password is not even checked. Every attempt is logged: time, account, outcome.
   */
  async signIn(name: string, password: string): Promise<SignInResult> {
    const now = this.#now();
    const row = typeof name === "string" && name.length <= 64 ? await this.#row(name.trim().toLowerCase()) : undefined;
    if (!row) {
      await spendVerifyTime(String(password).slice(0, 256), this.#logN);
      await this.#log(now, null, "unknown-account");
      return { ok: false, reason: "invalid" };
    }
    const lockedUntil = row.locked_until === null ? 0 : Number(row.locked_until);
    if (lockedUntil > now) {
      await this.#log(now, row.id, "locked");
      return { ok: false, reason: "locked", until: lockedUntil };
    }
    const right = typeof password === "string" && password.length <= 1024 && (await verifyPassword(password, row.password_hash));
    if (right && row.disabled_at === null) {
      await this.#db.updateTable("staff_accounts").set({ failures: 0, window_start: null, lockouts: 0, locked_until: null }).where("id", "=", row.id).execute();
      await this.#log(now, row.id, "success");
      return { ok: true, ...(await this.#startSession(toAccount(row), now)) };
    }
    if (right) {
      // The right password for a disabled account: refused like any other, said only in the log.
      await this.#log(now, row.id, "disabled");
      return { ok: false, reason: "invalid" };
    }
    const locked = await this.#recordFailure(row.id, now);
    await this.#log(now, row.id, "wrong-password");
    return locked ? { ok: false, reason: "locked", until: locked } : { ok: false, reason: "invalid" };
  }

  /** The live session for a cookie's token, its idle timer restarted; undefined (and removed) once expired. */
  async session(token: string | undefined): Promise<StaffSession | undefined> {
    if (!token || token.length > 128) return undefined;
    const now = this.#now();
    const id = sessionId(token);
    const row = await this.#db
      .selectFrom("staff_sessions")
      .innerJoin("staff_accounts", "staff_accounts.id", "staff_sessions.account_id")
      .select([
        "staff_sessions.created_at as session_created",
        "staff_sessions.last_seen_at",
        "staff_accounts.id",
        "staff_accounts.username",
        "staff_accounts.role",
        "staff_accounts.created_at",
        "staff_accounts.disabled_at",
      ])
      .where("staff_sessions.id", "=", id)
      .executeTakeFirst();
    if (!row) return undefined;
    const created = Number(row.session_created);
    const expired = now - Number(row.last_seen_at) >= SESSION_IDLE_MS || now - created >= SESSION_MAX_MS || now < created;
    if (expired || row.disabled_at !== null) {
      await this.#db.deleteFrom("staff_sessions").where("id", "=", id).execute();
      return undefined;
    }
    // The idle timer restarts at most once a minute: a page view is then a read, not a synced write.
    if (now - Number(row.last_seen_at) >= TOUCH_EVERY_MS) {
      await this.#db.updateTable("staff_sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
    }
    return {
      account: toAccount(row),
      csrf: csrfFor(token),
      createdAt: created,
      expiresAt: Math.min(now + SESSION_IDLE_MS, created + SESSION_MAX_MS),
    };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token || token.length > 128) return;
    await this.#db.deleteFrom("staff_sessions").where("id", "=", sessionId(token)).execute();
  }

  /** The newest sign-in attempts, for admins. */
  async signIns(limit = 50): Promise<SignInRecord[]> {
    const rows = await this.#db
      .selectFrom("staff_sign_ins")
      .leftJoin("staff_accounts", "staff_accounts.id", "staff_sign_ins.account_id")
      .select(["staff_sign_ins.at", "staff_accounts.username", "staff_sign_ins.outcome"])
      .orderBy("staff_sign_ins.id", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ at: Number(r.at), username: r.username ?? null, outcome: r.outcome as SignInOutcome }));
  }

  async #startSession(account: StaffAccount, now: number): Promise<{ token: string; session: StaffSession }> {
    const token = randomBytes(32).toString("base64url");
    await this.#db.insertInto("staff_sessions").values({ id: sessionId(token), account_id: account.id, created_at: now, last_seen_at: now }).execute();
    // Old sessions of anyone are swept now and then, so the table holds only live ones.
    await this.#db
      .deleteFrom("staff_sessions")
      .where((eb) => eb.or([eb("last_seen_at", "<=", now - SESSION_IDLE_MS), eb("created_at", "<=", now - SESSION_MAX_MS)]))
      .execute();
    return { token, session: { account, csrf: csrfFor(token), createdAt: now, expiresAt: now + SESSION_IDLE_MS } };
  }

  /** Counts a failure; returns the end of the lockout it started, if it started one. */
  async #recordFailure(accountId: number, now: number): Promise<number | undefined> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom("staff_accounts").select(["failures", "window_start", "lockouts"]).where("id", "=", accountId).executeTakeFirstOrThrow();
      const windowOpen = row.window_start !== null && now - Number(row.window_start) < FAILURE_WINDOW_MS;
      const failures = windowOpen ? Number(row.failures) + 1 : 1;
      const windowStart = windowOpen ? Number(row.window_start) : now;
      if (failures < MAX_FAILURES) {
        await trx.updateTable("staff_accounts").set({ failures, window_start: windowStart }).where("id", "=", accountId).execute();
        return undefined;
      }
      const lockouts = Number(row.lockouts) + 1;
      const until = now + Math.min(FIRST_LOCKOUT_MS * 2 ** (lockouts - 1), MAX_LOCKOUT_MS);
      await trx.updateTable("staff_accounts").set({ failures: 0, window_start: null, lockouts, locked_until: until }).where("id", "=", accountId).execute();
      return until;
    });
  }

  async #log(at: number, accountId: number | null, outcome: SignInOutcome): Promise<void> {
    await this.#db.insertInto("staff_sign_ins").values({ at, account_id: accountId, outcome }).execute();
  }

  async #checkPassword(password: string, username: string): Promise<void> {
    if (typeof password !== "string") throw new StaffAccountError("password-required", "A password is required.");
    const problem = await passwordProblem(password, [username]);
    if (problem) throw new StaffAccountError(problem, describePasswordProblem(problem));
  }

  #row(username: string) {
    return this.#db
      .selectFrom("staff_accounts")
      .select(["id", "username", "role", "password_hash", "created_at", "disabled_at", "locked_until"])
      .where("username", "=", username)
      .executeTakeFirst();
  }

  async #require(name: string): Promise<StaffAccount> {
    const row = await this.#row(normaliseUsername(name));
    if (!row) throw new StaffAccountError("unknown-account", `There is no account "${name.trim().toLowerCase()}".`);
    return toAccount(row);
  }
}
