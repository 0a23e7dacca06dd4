import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema";
import type { Prepared } from "./prepare";
import { RollupBatch } from "./rollup-batch";
import type { BulkTemplates } from "../db/bulk";
import type { ItemIds } from "./item-ids";
import { insertSubmissions } from "./specs";
import { upsertCells, upsertRollups } from "./upserts";

/** Ids per SELECT … IN (…), well under both databases' parameter limits. */
const SUBMISSION_CHUNK = 500;

/** What a store keeps between transactions for writing. */
export interface Writer {
  itemIds: ItemIds;
  bulk: BulkTemplates;
}

export type WriteStatus = "stored" | "duplicate" | "conflict";

/**
 * Stores prepared submissions in one transaction: insert what is new (ON CONFLICT DO NOTHING),
 * compare hashes for the rest, and add only the rows actually inserted to the rollups, so a
 * retry never counts twice. Returns one status per input, in input order.
 */
export async function writeSubmissions(
  trx: Transaction<Database>,
  rows: readonly Prepared[],
  { itemIds, bulk }: Writer,
): Promise<{ statuses: WriteStatus[]; freshItems: Map<string, number>; quizzes: Set<QuizDefinition> }> {
  const first = new Map<string, Prepared>();
  for (const row of rows) if (!first.has(row.sub.id)) first.set(row.sub.id, row);
  // Sorted so concurrent PostgreSQL transactions take unique-index locks in the same order.
  const candidates = [...first.values()].sort((x, y) => (x.sub.id < y.sub.id ? -1 : 1));

  const returned = await bulk.run<Prepared, { id: string }>(trx, insertSubmissions, candidates);
  const inserted = new Set(returned.map((r) => r.id));

  const storedHash = new Map<string, string>();
  for (const row of candidates) if (inserted.has(row.sub.id)) storedHash.set(row.sub.id, row.hash);
  const existing = candidates.filter((row) => !inserted.has(row.sub.id)).map((row) => row.sub.id);
  for (let i = 0; i < existing.length; i += SUBMISSION_CHUNK) {
    const found = await trx
      .selectFrom("submissions")
      .select(["id", "content_hash"])
      .where("id", "in", existing.slice(i, i + SUBMISSION_CHUNK))
      .execute();
    for (const { id, content_hash } of found) storedHash.set(id, content_hash);
  }

  const batch = new RollupBatch();
  for (const row of candidates) {
    if (!inserted.has(row.sub.id)) continue;
    const { sub } = row;
    batch.add({ day: row.day, quizId: sub.quizId, lang: sub.lang, mode: sub.mode }, sub.province, row.quiz, sub.headCount, row.items);
  }
  let freshItems = new Map<string, number>();
  if (batch.quizzes.size) {
    const cells = batch.cells();
    const cellIds = await upsertCells(trx, bulk, cells);
    const items = await itemIds.resolve(trx, batch.quizzes);
    freshItems = items.fresh;
    await upsertRollups(trx, bulk, cells, cellIds, items.ids);
  }

  const statuses = rows.map((row): WriteStatus => {
    if (first.get(row.sub.id) === row && inserted.has(row.sub.id)) return "stored";
    return storedHash.get(row.sub.id) === row.hash ? "duplicate" : "conflict";
  });
  return { statuses, freshItems, quizzes: batch.quizzes };
}

/** Records the definitions of the quizzes in this batch, once per store, for aggregates and dumps. */
export async function recordQuizzes(db: Kysely<Database> | Transaction<Database>, rows: readonly Prepared[], known: Set<string>) {
  const fresh = new Map<string, Prepared>();
  for (const row of rows) {
    const key = `${row.sub.quizId}@${row.sub.quizVersion}`;
    if (!known.has(key) && !fresh.has(key)) fresh.set(key, row);
  }
  for (const row of fresh.values()) {
    await db
      .insertInto("quizzes")
      .values({ quiz_id: row.quiz.id, version: row.quiz.version, definition: JSON.stringify(row.quiz) })
      .onConflict((oc) => oc.columns(["quiz_id", "version"]).doNothing())
      .execute();
  }
  return [...fresh.keys()];
}
