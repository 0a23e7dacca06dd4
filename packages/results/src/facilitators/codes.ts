import { createHash, randomInt } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema";
import { filterClauses, parseFilters } from "../aggregates/filters";
import type { AggregateFilters } from "../types";

/**
 * Facilitator codes. A code names a partner organisation ("DESBUMI Wonosobo"), never a person, and
 * vouches for the village sessions sent with it: a village session is accepted only with a code
 * that exists and is not disabled. Only the code's SHA-256 is stored (a code is 80 random bits, so
 * a fast hash is enough: nobody can try them all), and a session keeps the code's row id.
 */

/** Crockford's base 32: no I, L, O or U to misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS = 16;
const MAX_NAME = 80;

/** What one code may send in a UTC day: a facilitator holds a few sessions a day, not hundreds. */
export interface FacilitatorLimits {
  sessionsPerDay: number;
  peoplePerDay: number;
}
export const DEFAULT_FACILITATOR_LIMITS: FacilitatorLimits = { sessionsPerDay: 20, peoplePerDay: 1_000 };

export interface Facilitator {
  id: number;
  name: string;
  createdDay: string;
  disabledDay: string | null;
  voidedDay: string | null;
  /** Village sessions stored with this code, and the people in them. */
  sessions: number;
  people: number;
}

/** Why a facilitator-code request was refused, for the dashboard to word in the staff member's language. */
export const FACILITATOR_ERROR_CODES = ["bad-name", "bad-code", "code-exists", "unknown-code", "unknown-request"] as const;
export type FacilitatorErrorCode = (typeof FACILITATOR_ERROR_CODES)[number];

/** A code that does not exist, is disabled, or a name that cannot name an organisation; the message is English. */
export class FacilitatorError extends Error {
  override readonly name = "FacilitatorError";
  readonly code: FacilitatorErrorCode;

  constructor(message: string, code: FacilitatorErrorCode = "unknown-request") {
    super(message);
    this.code = code;
  }
}

/** The longest organisation name a code may carry. */
export const MAX_FACILITATOR_NAME = MAX_NAME;

/** A code's daily volume is used up; nothing of the request was stored. Callers answer 429. */
export class FacilitatorLimitError extends Error {
  override readonly name = "FacilitatorLimitError";
}

/** "abcd efgh-jkmn…" as typed: upper case, separators dropped, look-alikes read as digits. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

export function hashCode(code: string): string {
  return createHash("sha256").update(`waspada-facilitator:${normaliseCode(code)}`).digest("hex");
}

/** A new random code, in groups of four: "7KQ2-M9XD-…". */
export function newCode(): string {
  const chars = Array.from({ length: CODE_CHARS }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

const today = () => new Date().toISOString().slice(0, 10);

/** The codes of one store (see ResultsStore.facilitators()). */
export class Facilitators {
  readonly #db: Kysely<Database>;
  readonly #voidSessions: (id: number) => Promise<number>;

  constructor(db: Kysely<Database>, voidSessions: (id: number) => Promise<number>) {
    this.#db = db;
    this.#voidSessions = voidSessions;
  }

  /**
   * Adds a code for a partner organisation and returns it: the only time it is ever shown.
   * `code` registers one issued elsewhere (e.g. the central server's code on a village laptop).
   */
  async add(name: string, code: string = newCode()): Promise<{ id: number; name: string; code: string }> {
    const clean = name.trim().replace(/\s+/g, " ");
    if (!clean || clean.length > MAX_NAME) throw new FacilitatorError(`A facilitator code needs the name of a partner organisation (1 to ${MAX_NAME} characters).`, "bad-name");
    if (!/^[0-9A-Z]{12,64}$/.test(normaliseCode(code))) throw new FacilitatorError("A code is 12 to 64 letters and digits.", "bad-code");
    const existing = await this.#db.selectFrom("facilitators").select("id").where("code_hash", "=", hashCode(code)).executeTakeFirst();
    if (existing) throw new FacilitatorError("That code is already registered.", "code-exists");
    const row = await this.#db
      .insertInto("facilitators")
      .values({ name: clean, code_hash: hashCode(code), created_day: today(), disabled_day: null, voided_day: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), name: clean, code };
  }

  /** Every code (never the code itself), with the sessions and people stored under it. */
  async list(): Promise<Facilitator[]> {
    const rows = await this.#db
      .selectFrom("facilitators as f")
      .leftJoin("submissions as s", "s.facilitator_id", "f.id")
      .select((eb) => [
        "f.id",
        "f.name",
        "f.created_day",
        "f.disabled_day",
        "f.voided_day",
        eb.fn.count<number>("s.id").as("sessions"),
        eb.fn.coalesce(eb.fn.sum<number>("s.head_count"), eb.lit(0)).as("people"),
      ])
      .groupBy(["f.id", "f.name", "f.created_day", "f.disabled_day", "f.voided_day"])
      .orderBy("f.name")
      .orderBy("f.id")
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      createdDay: r.created_day,
      disabledDay: r.disabled_day,
      voidedDay: r.voided_day,
      sessions: Number(r.sessions),
      people: Number(r.people),
    }));
  }

  /**
   * Village sessions and their people per code (its id and organisation name, never the code)
   * under the dashboard's filters; codes without a session there are left out. Raw counts: the
   * caller suppresses them together with the village total (they sum to it).
   */
  async sessionsByCode(input: AggregateFilters = {}): Promise<{ id: number; name: string; sessions: number; people: number }[]> {
    const filters = parseFilters(input);
    let query = this.#db
      .selectFrom("submissions as s")
      .innerJoin("facilitators as f", "f.id", "s.facilitator_id")
      .select((eb) => ["f.id", "f.name", eb.fn.count<number>("s.id").as("sessions"), eb.fn.sum<number>("s.head_count").as("people")])
      .where("s.mode", "<>", "solo");
    for (const [column, op, value] of filterClauses(filters)) query = query.where(`s.${column}`, op, value);
    const rows = await query.groupBy(["f.id", "f.name"]).orderBy("f.name").orderBy("f.id").execute();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, sessions: Number(r.sessions), people: Number(r.people) }));
  }

  /** Refuses the code from now on; what it sent stays (see voidSessions). Returns false for an unknown id. */
  async disable(id: number): Promise<boolean> {
    const result = await this.#db
      .updateTable("facilitators")
      .set({ disabled_day: today() })
      .where("id", "=", id)
      .where("disabled_day", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
    return (await this.#db.selectFrom("facilitators").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  /**
   * Removes every session sent with this code from storage and from every figure (its rollups are
   * subtracted in the same transaction), and disables the code. Returns how many were removed.
   */
  voidSessions(id: number): Promise<number> {
    return this.#voidSessions(id);
  }
}

/** The code rows for the given codes, by code as sent: their id, or why they cannot be used. */
export async function lookUpCodes(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Map<string, { id: number } | { problem: string }>> {
  const hashes = [...new Set(codes.map(hashCode))];
  const rows = hashes.length
    ? await db.selectFrom("facilitators").select(["id", "code_hash", "disabled_day"]).where("code_hash", "in", hashes).execute()
    : [];
  const byHash = new Map(rows.map((r) => [r.code_hash, r]));
  const out = new Map<string, { id: number } | { problem: string }>();
  for (const code of codes) {
    const row = byHash.get(hashCode(code));
    out.set(code, !row ? { problem: "Not a facilitator code we know" } : row.disabled_day ? { problem: "This facilitator code is disabled" } : { id: Number(row.id) });
  }
  return out;
}

/**
 * Adds what these new sessions send to their codes' daily volume, inside the writing transaction,
 * and throws FacilitatorLimitError (rolling it all back) when a code goes over its limit.
 */
export async function countAgainstLimits(
  trx: Transaction<Database>,
  sent: readonly { facilitatorId: number; day: string; people: number }[],
  limits: FacilitatorLimits,
): Promise<void> {
  const perCode = new Map<string, { facilitatorId: number; day: string; sessions: number; people: number }>();
  for (const { facilitatorId, day, people } of sent) {
    const key = `${facilitatorId}/${day}`;
    const seen = perCode.get(key) ?? { facilitatorId, day, sessions: 0, people: 0 };
    seen.sessions += 1;
    seen.people += people;
    perCode.set(key, seen);
  }
  // In key order, so concurrent PostgreSQL transactions lock these rows in the same order.
  for (const add of [...perCode.values()].sort((a, b) => a.facilitatorId - b.facilitatorId || (a.day < b.day ? -1 : 1))) {
    const row = await trx
      .insertInto("facilitator_days")
      .values({ facilitator_id: add.facilitatorId, day: add.day, sessions: add.sessions, people: add.people })
      .onConflict((oc) =>
        oc.columns(["facilitator_id", "day"]).doUpdateSet((eb) => ({
          sessions: eb("facilitator_days.sessions", "+", eb.ref("excluded.sessions")),
          people: eb("facilitator_days.people", "+", eb.ref("excluded.people")),
        })),
      )
      .returning(["sessions", "people"])
      .executeTakeFirstOrThrow();
    if (Number(row.sessions) > limits.sessionsPerDay || Number(row.people) > limits.peoplePerDay) {
      throw new FacilitatorLimitError(
        `This facilitator code has sent its ${limits.sessionsPerDay} sessions (${limits.peoplePerDay} people) for today; nothing was stored.`,
      );
    }
  }
}
