import type { QuizDefinition } from "@waspada/quiz-engine";
import { sql, type Kysely } from "kysely";
import { computeCheckAggregates, type CheckAggregates } from "./aggregates/checks";
import { computeAggregates, type AggregateOptions } from "./aggregates/compute";
import { computeFlagTrend, type FlagTrend } from "./aggregates/flag-trend";
import type { Aggregates } from "./aggregates/types";
import type { DialectName } from "./db/dialect-name";
import { openDatabase, resolveTarget } from "./db/open";
import { ALL, type Database } from "./db/schema";
import { SubmissionConflictError, SubmissionInvalidError } from "./errors";
import { ItemIds } from "./ingest/item-ids";
import { prepareAll, type Prepared } from "./ingest/prepare";
import { recordQuizzes, writeSubmissions, type WriteStatus, type Writer } from "./ingest/write";
import { BulkTemplates } from "./db/bulk";
import { migrateToLatest } from "./migrations/index";
import type { AggregateFilters, BatchStatus, QuizCatalogue, StoreOptions, StoredSubmission, Submission, SubmitStatus } from "./types";
import { prepareStored, storedRows } from "./backup/stored-rows";
import { StaffAccounts, type StaffOptions } from "./staff/accounts";
import {
  DEFAULT_FACILITATOR_LIMITS,
  FacilitatorError,
  Facilitators,
  countAgainstLimits,
  lookUpCodes,
  type FacilitatorLimits,
} from "./facilitators/codes";
import { deriveItems } from "./ingest/derive";
import { RollupBatch, type CellDelta } from "./ingest/rollup-batch";
import { upsertCells, upsertRollups } from "./ingest/upserts";
import { findQuiz } from "./validation/quiz-index";

export const MAX_BATCH = 500;
const RESTORE_CHUNK = 5_000;

export interface ResultsStore {
  readonly dialect: DialectName;
  /**
   * Validates and stores one submission; resolves only after the commit. "duplicate" when this id
   * is already stored with the same content. Throws SubmissionInvalidError (nothing stored) or
   * SubmissionConflictError (same id, other content; nothing stored).
   */
  submit(sub: unknown, catalogue: QuizCatalogue): Promise<{ status: SubmitStatus }>;
  /** Up to 500 in one transaction: all valid or none stored; a status per input, in order. */
  submitBatch(subs: readonly unknown[], catalogue: QuizCatalogue): Promise<{ id: string; status: BatchStatus }[]>;
  /** Dashboard figures, small cells suppressed (see README "Suppression"). */
  aggregates(filters?: AggregateFilters, options?: AggregateOptions): Promise<Aggregates>;
  /** Ids of the sessions already forwarded to `target` (an origin) by npm run results:sync. */
  forwarded(target: string): Promise<Set<string>>;
  /** Records sessions `target` has confirmed. */
  markForwarded(target: string, ids: readonly string[]): Promise<void>;
  /** Village sessions' opening and closing checks, summed per check question, suppressed. */
  checkAggregates(filters?: AggregateFilters): Promise<CheckAggregates>;
  /** Red flags per calendar month, each month suppressed on its own. */
  flagTrend(filters?: AggregateFilters): Promise<FlagTrend>;
  count(): Promise<number>;
  has(id: string): Promise<boolean>;
  /** Resolves when the database answers a query (for health checks: it says nothing of the data). */
  ping(): Promise<void>;
  /** Every submission with its day, ordered by id (random, so never by arrival). */
  dump(): AsyncIterable<StoredSubmission>;
  /** The quiz definitions stored submissions were scored against. */
  quizzes(): Promise<QuizDefinition[]>;
  /** The language tags of stored submissions. */
  languages(): Promise<string[]>;
  /** Stores dumped rows (validated like submissions, keeping their day); returns how many were new. */
  restore(rows: Iterable<unknown> | AsyncIterable<unknown>, catalogue: QuizCatalogue): Promise<number>;
  /** Staff accounts, sign-in and sessions in the same database (options are for tests). */
  staff(options?: StaffOptions): StaffAccounts;
  /** Facilitator codes: add, list, disable, and void a code's sessions (see facilitators/codes.ts). */
  facilitators(): Facilitators;
  close(): Promise<void>;
}

/** Opens SQLite or PostgreSQL (see resolveTarget) and brings the schema up to date. */
export async function openResultsStore(opts: StoreOptions = {}): Promise<ResultsStore> {
  const { db, dialect } = openDatabase(resolveTarget(opts));
  try {
    await migrateToLatest(db as Kysely<unknown>, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyResultsStore(db, dialect, { ...DEFAULT_FACILITATOR_LIMITS, ...opts.facilitatorLimits });
}

class KyselyResultsStore implements ResultsStore {
  readonly #db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly #writer: Writer;
  readonly #knownQuizzes = new Set<string>();
  readonly #pending: { row: Prepared; resolve: (s: WriteStatus) => void; reject: (e: unknown) => void }[] = [];
  #draining: Promise<void> | undefined;
  readonly #limits: FacilitatorLimits;

  constructor(db: Kysely<Database>, dialect: DialectName, limits: FacilitatorLimits) {
    this.#db = db;
    this.dialect = dialect;
    this.#limits = limits;
    this.#writer = { itemIds: new ItemIds(), bulk: new BulkTemplates(dialect) };
  }

  async submit(sub: unknown, catalogue: QuizCatalogue): Promise<{ status: SubmitStatus }> {
    const day = today();
    const [prepared] = prepareAll([sub], catalogue, () => day);
    if (!prepared) throw new SubmissionInvalidError([{ path: [], message: "Nothing to store" }]);
    await this.#vouch([prepared]);
    const status = await this.#enqueue(prepared);
    if (status === "conflict") throw new SubmissionConflictError(prepared.sub.id);
    return { status };
  }

  /**
   * Group commit: submissions that arrive while a transaction is being written wait and go
   * together into the next one. Each still resolves only after the commit that holds it, so
   * nothing is acknowledged early, but one fsync serves many results under load.
   */
  #enqueue(row: Prepared): Promise<WriteStatus> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ row, resolve, reject });
      if (this.#draining) return;
      this.#draining = this.#drain().finally(() => {
        this.#draining = undefined;
      });
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length) {
      const group = this.#pending.splice(0, MAX_BATCH);
      try {
        const statuses = await this.#write(group.map((g) => g.row));
        group.forEach((g, i) => g.resolve(statuses[i] ?? "conflict"));
      } catch {
        // One failing row must not fail its neighbours: write each on its own to find it.
        for (const g of group) {
          try {
            const [status] = await this.#write([g.row]);
            g.resolve(status ?? "conflict");
          } catch (error) {
            g.reject(error);
          }
        }
      }
    }
  }

  async submitBatch(subs: readonly unknown[], catalogue: QuizCatalogue) {
    if (!Array.isArray(subs)) throw new SubmissionInvalidError([{ path: [], message: "Must be an array of submissions" }]);
    if (subs.length > MAX_BATCH) {
      throw new SubmissionInvalidError([{ path: [], message: `At most ${MAX_BATCH} submissions per batch` }]);
    }
    if (!subs.length) return [];
    const day = today();
    const prepared = prepareAll(subs, catalogue, () => day);
    await this.#vouch(prepared);
    const statuses = await this.#write(prepared);
    return prepared.map((row, i) => ({ id: row.sub.id, status: statuses[i] ?? "conflict" }));
  }

  /**
   * Village sessions need a valid facilitator code (existing, not disabled): each gets its code's
   * row id, or the whole call is refused as invalid. The code itself is never stored.
   */
  async #vouch(rows: Prepared[]): Promise<void> {
    const village = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.sub.mode !== "solo");
    if (!village.length) return;
    const issues: SubmissionInvalidError["issues"] = [];
    const codes = await lookUpCodes(this.#db, village.flatMap(({ row }) => (row.sub.facilitatorCode ? [row.sub.facilitatorCode] : [])));
    for (const { row, index } of village) {
      const path = rows.length > 1 ? [index, "facilitatorCode"] : ["facilitatorCode"];
      const code = row.sub.facilitatorCode;
      const found = code === undefined ? undefined : codes.get(code);
      if (!found) issues.push({ path, message: "A village session needs its facilitator's code" });
      else if ("problem" in found) issues.push({ path, message: found.problem });
      else row.facilitatorId = found.id;
    }
    if (issues.length) throw new SubmissionInvalidError(issues);
  }

  async #write(rows: Prepared[], rejectConflicts = false): Promise<WriteStatus[]> {
    const { statuses, freshItems, quizzes, quizKeys } = await this.#db.transaction().execute(async (trx) => {
      const quizKeys = await recordQuizzes(trx, rows, this.#knownQuizzes);
      const written = await writeSubmissions(trx, rows, this.#writer);
      // What the new village sessions send counts against their codes' daily volume.
      const vouched = rows.flatMap((row, i) =>
        written.statuses[i] === "stored" && row.facilitatorId !== undefined ? [{ facilitatorId: row.facilitatorId, day: row.day, people: row.sub.headCount }] : [],
      );
      if (vouched.length) await countAgainstLimits(trx, vouched, this.#limits);
      const conflict = written.statuses.indexOf("conflict");
      // Throwing inside the transaction rolls the whole chunk back.
      if (rejectConflicts && conflict >= 0) throw new SubmissionConflictError(rows[conflict]?.sub.id ?? "");
      return { ...written, quizKeys };
    });
    // Only now is it safe to trust these ids and definitions: the transaction has committed.
    this.#writer.itemIds.remember(freshItems, quizzes);
    for (const key of quizKeys) this.#knownQuizzes.add(key);
    return statuses;
  }

  aggregates(filters: AggregateFilters = {}, options: AggregateOptions = {}): Promise<Aggregates> {
    return computeAggregates(this.#db, filters, options);
  }

  async forwarded(target: string): Promise<Set<string>> {
    const rows = await this.#db.selectFrom("forwarded").select("submission_id").where("target", "=", target).execute();
    return new Set(rows.map((r) => r.submission_id));
  }

  async markForwarded(target: string, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const values = ids.slice(i, i + 500).map((id) => ({ target, submission_id: id }));
      if (values.length) await this.#db.insertInto("forwarded").values(values).onConflict((oc) => oc.doNothing()).execute();
    }
  }

  flagTrend(filters: AggregateFilters = {}): Promise<FlagTrend> {
    return computeFlagTrend(this.#db, filters);
  }

  checkAggregates(filters: AggregateFilters = {}): Promise<CheckAggregates> {
    return computeCheckAggregates(this.#db, filters);
  }

  async count(): Promise<number> {
    const row = await this.#db.selectFrom("submissions").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.#db);
  }

  async has(id: string): Promise<boolean> {
    if (typeof id !== "string" || id.length > 64) return false;
    const row = await this.#db.selectFrom("submissions").select("id").where("id", "=", id).executeTakeFirst();
    return row !== undefined;
  }

  dump(): AsyncIterable<StoredSubmission> {
    return storedRows(this.#db);
  }

  async quizzes(): Promise<QuizDefinition[]> {
    const rows = await this.#db.selectFrom("quizzes").select("definition").orderBy("quiz_id").orderBy("version").execute();
    return rows.map((row) => JSON.parse(row.definition) as QuizDefinition);
  }

  async languages(): Promise<string[]> {
    const rows = await this.#db.selectFrom("cells").select("lang").distinct().where("province", "=", ALL).where("lang", "<>", ALL).orderBy("lang").execute();
    return rows.map((row) => row.lang);
  }

  async restore(rows: Iterable<unknown> | AsyncIterable<unknown>, catalogue: QuizCatalogue): Promise<number> {
    let stored = 0;
    let offset = 0;
    let chunk: unknown[] = [];
    const flush = async () => {
      const prepared = prepareStored(chunk, catalogue, offset);
      const statuses = await this.#write(prepared, true);
      stored += statuses.filter((s) => s === "stored").length;
      offset += chunk.length;
      chunk = [];
    };
    for await (const row of rows) {
      chunk.push(row);
      if (chunk.length >= RESTORE_CHUNK) await flush();
    }
    if (chunk.length) await flush();
    return stored;
  }

  staff(options?: StaffOptions): StaffAccounts {
    return new StaffAccounts(this.#db, options);
  }

  facilitators(): Facilitators {
    return new Facilitators(this.#db, (id) => this.#voidSessions(id));
  }

  /**
   * Deletes a code's sessions and subtracts exactly what each added to the cells and rollups, in
   * one transaction, so every figure is as if they had never arrived; then disables the code.
   */
  async #voidSessions(id: number): Promise<number> {
    const { removed, freshItems, quizzes } = await this.#db.transaction().execute(async (trx) => {
      const found = await trx.selectFrom("facilitators").select("id").where("id", "=", id).executeTakeFirst();
      if (!found) throw new FacilitatorError("No facilitator code has that id.", "unknown-code");
      const rows = await trx.selectFrom("submissions").selectAll().where("facilitator_id", "=", id).execute();
      const definitions = await trx.selectFrom("quizzes").select("definition").execute();
      const catalogue = { quizzes: definitions.map((d) => JSON.parse(d.definition) as QuizDefinition), languages: [] };
      const batch = new RollupBatch();
      for (const row of rows) {
        const sub = {
          id: row.id,
          quizId: row.quiz_id,
          quizVersion: Number(row.quiz_version),
          lang: row.lang,
          mode: row.mode as Submission["mode"],
          headCount: Number(row.head_count),
          answers: JSON.parse(row.answers) as Submission["answers"],
          ...(row.province === null ? {} : { province: row.province }),
        };
        const quiz = findQuiz(catalogue, sub.quizId, sub.quizVersion);
        if (!quiz) throw new Error(`Internal error: no stored definition of ${sub.quizId}@${sub.quizVersion}`);
        batch.add({ day: row.day, quizId: sub.quizId, lang: sub.lang, mode: sub.mode }, sub.province, quiz.quiz, sub.headCount, deriveItems(sub, quiz));
      }
      let freshItems = new Map<string, number>();
      if (rows.length) {
        const cells = negated(batch.cells());
        const cellIds = await upsertCells(trx, this.#writer.bulk, cells);
        const items = await this.#writer.itemIds.resolve(trx, batch.quizzes);
        freshItems = items.fresh;
        await upsertRollups(trx, this.#writer.bulk, cells, cellIds, items.ids);
        await trx.deleteFrom("submissions").where("facilitator_id", "=", id).execute();
        // Cells nobody is left in go, with their rollups.
        const empty = trx.selectFrom("cells").select("id").where("submissions", "=", 0);
        await trx.deleteFrom("rollups").where("cell_id", "in", empty).execute();
        await trx.deleteFrom("cells").where("submissions", "=", 0).execute();
      }
      const day = today();
      await trx.updateTable("facilitators").set({ voided_day: day }).where("id", "=", id).execute();
      await trx.updateTable("facilitators").set({ disabled_day: day }).where("id", "=", id).where("disabled_day", "is", null).execute();
      return { removed: rows.length, freshItems, quizzes: batch.quizzes };
    });
    this.#writer.itemIds.remember(freshItems, quizzes);
    return removed;
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}

/** The same cells with every count negated: adding them takes the sessions back out. */
function negated(cells: Map<string, CellDelta>): Map<string, CellDelta> {
  for (const cell of cells.values()) {
    cell.submissions = -cell.submissions;
    cell.people = -cell.people;
    for (const counts of cell.parts.values()) for (let i = 0; i < counts.length; i++) counts[i] = -counts[i]!;
  }
  return cells;
}

/** The UTC day: all the time the store ever keeps. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}
