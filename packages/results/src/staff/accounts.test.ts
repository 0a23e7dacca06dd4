import { expect, it } from "vitest";
import { describeStores } from "../test-support/stores";
import {
  FAILURE_WINDOW_MS,
  MAX_FAILURES,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  StaffAccountError,
  csrfFor,
  csrfMatches,
  type StaffAccounts,
} from "./accounts";

const PASSWORD = "lantern-mango-drizzle-harbour";
const MINUTE = 60_000;

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 0, 5, 9)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describeStores("staff accounts", ({ open }) => {
  async function setup() {
    const store = await open();
    const time = clock();
    // N = 2^12 keeps dozens of sign-ins fast; the production cost is checked on its own below.
    const staff: StaffAccounts = store.staff({ now: time.now, scryptLogN: 12 });
    await staff.create("Ratna", "admin", PASSWORD);
    return { store, staff, time };
  }

  it("with the production scrypt cost: never shows the password, signs in with it", async () => {
    const store = await open();
    const staff = store.staff();
    await staff.create("Ratna", "admin", PASSWORD);
    const dump = JSON.stringify(await staff.list());
    expect(dump).not.toContain(PASSWORD);
    const result = await staff.signIn("ratna", PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Buffer.from(result.token, "base64url").length).toBeGreaterThanOrEqual(16);
    expect((await staff.session(result.token))?.account).toMatchObject({ username: "ratna", role: "admin", disabled: false });
    expect(await staff.session(`${result.token}x`)).toBeUndefined();
  }, 90_000);

  it("refuses short, common and name-based passwords, and bad roles and names", async () => {
    const { staff } = await setup();
    await expect(staff.create("budi", "viewer", "short-pass")).rejects.toThrow(/at least 15/);
    await expect(staff.create("budi", "viewer", "passwordpassword123")).rejects.toThrow(/too common/);
    await expect(staff.create("budi", "viewer", "qwertyuiopasdfghjkl")).rejects.toThrow(/too common/);
    await expect(staff.create("budisantoso", "viewer", "budisantoso12345")).rejects.toThrow(/too common/);
    await expect(staff.create("budi", "owner", PASSWORD)).rejects.toBeInstanceOf(StaffAccountError);
    await expect(staff.create("Budi Santoso", "viewer", PASSWORD)).rejects.toThrow(/user name/);
    await expect(staff.create("ratna", "viewer", PASSWORD)).rejects.toThrow(/already exists/);
    // Each refusal carries a code for the dashboard to word in the staff member's language.
    await expect(staff.create("budi", "viewer", "short-pass")).rejects.toMatchObject({ code: "password-too-short" });
    await expect(staff.create("budi", "viewer", "passwordpassword123")).rejects.toMatchObject({ code: "password-too-common" });
    await expect(staff.create("budi", "owner", PASSWORD)).rejects.toMatchObject({ code: "bad-role" });
    await expect(staff.create("Budi Santoso", "viewer", PASSWORD)).rejects.toMatchObject({ code: "bad-username" });
    await expect(staff.create("ratna", "viewer", PASSWORD)).rejects.toMatchObject({ code: "account-exists" });
    await expect(staff.resetPassword("nobody", PASSWORD)).rejects.toMatchObject({ code: "unknown-account" });
    expect((await staff.list()).map((a) => a.username)).toEqual(["ratna"]);
  });

  it(`locks an account after ${MAX_FAILURES} failures in 15 minutes, longer each time, and logs every attempt`, async () => {
    const { staff, time } = await setup();
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(await staff.signIn("ratna", `wrong-password-number-${i}`)).toEqual({ ok: false, reason: "invalid" });
      time.advance(MINUTE);
    }
    const tenth = await staff.signIn("ratna", "wrong-password-number-10");
    expect(tenth).toMatchObject({ ok: false, reason: "locked" });
    const firstLock = tenth.ok || tenth.reason !== "locked" ? 0 : tenth.until - time.now();
    expect(firstLock).toBe(15 * MINUTE);
    // Locked: even the right password is not accepted (and not checked).
    expect(await staff.signIn("ratna", PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    time.advance(firstLock);
    // Ten more failures lock it again, for twice as long.
    let second = await staff.signIn("ratna", "wrong-again-number-1");
    for (let i = 2; i <= MAX_FAILURES; i++) second = await staff.signIn("ratna", `wrong-again-number-${i}`);
    expect(second.ok || second.reason !== "locked" ? 0 : second.until - time.now()).toBe(2 * firstLock);
    time.advance(2 * firstLock);
    expect((await staff.signIn("ratna", PASSWORD)).ok).toBe(true);

    const log = await staff.signIns(100);
    expect(log).toHaveLength(2 * MAX_FAILURES + 2);
    expect(log[0]).toEqual({ at: time.now(), username: "ratna", outcome: "success" });
    expect(log.filter((r) => r.outcome === "locked")).toHaveLength(1);
    expect(JSON.stringify(log)).not.toMatch(/number-|lantern/);
  });

  it("forgets failures older than the 15-minute window", async () => {
    const { staff, time } = await setup();
    for (let i = 1; i < MAX_FAILURES; i++) await staff.signIn("ratna", `wrong-password-number-${i}`);
    time.advance(FAILURE_WINDOW_MS);
    expect(await staff.signIn("ratna", "wrong-password-number-10")).toEqual({ ok: false, reason: "invalid" });
    expect((await staff.signIn("ratna", PASSWORD)).ok).toBe(true);
  });

  it("logs unknown accounts without the name given", async () => {
    const { staff } = await setup();
    expect(await staff.signIn("my-secret-password-typed-here", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await staff.signIns()).toEqual([{ at: expect.any(Number), username: null, outcome: "unknown-account" }]);
  });

  it("ends a session after 30 idle minutes, and after 8 hours however busy", async () => {
    const { staff, time } = await setup();
    const first = await staff.signIn("ratna", PASSWORD);
    if (!first.ok) throw new Error("sign-in failed");
    time.advance(SESSION_IDLE_MS - 1);
    expect(await staff.session(first.token)).toBeDefined();
    time.advance(SESSION_IDLE_MS - 1);
    expect(await staff.session(first.token)).toBeDefined();
    time.advance(SESSION_IDLE_MS);
    expect(await staff.session(first.token)).toBeUndefined();

    const busy = await staff.signIn("ratna", PASSWORD);
    if (!busy.ok) throw new Error("sign-in failed");
    for (let t = 0; t < SESSION_MAX_MS - 20 * MINUTE; t += 20 * MINUTE) {
      time.advance(20 * MINUTE);
      expect(await staff.session(busy.token)).toBeDefined();
    }
    time.advance(20 * MINUTE);
    expect(await staff.session(busy.token)).toBeUndefined();
  });

  it("ends sessions on sign-out, on disable and on a password reset; a disabled account cannot sign in", async () => {
    const { staff } = await setup();
    const a = await staff.signIn("ratna", PASSWORD);
    const b = await staff.signIn("ratna", PASSWORD);
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    await staff.signOut(a.token);
    expect(await staff.session(a.token)).toBeUndefined();
    expect(await staff.session(b.token)).toBeDefined();
    await staff.disable("ratna");
    expect(await staff.session(b.token)).toBeUndefined();
    expect(await staff.signIn("ratna", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await staff.signIns(1))[0]?.outcome).toBe("disabled");
    await staff.enable("ratna");
    const c = await staff.signIn("ratna", PASSWORD);
    if (!c.ok) throw new Error("sign-in failed");
    await staff.resetPassword("ratna", "copper-violin-meadow-sunrise");
    expect(await staff.session(c.token)).toBeUndefined();
    expect(await staff.signIn("ratna", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await staff.signIn("ratna", "copper-violin-meadow-sunrise")).ok).toBe(true);
  });
});

it("ties the CSRF token to the session token", () => {
  expect(csrfMatches("token-a", csrfFor("token-a"))).toBe(true);
  expect(csrfMatches("token-a", csrfFor("token-b"))).toBe(false);
  expect(csrfMatches("token-a", "")).toBe(false);
  expect(csrfMatches("token-a", undefined)).toBe(false);
});

