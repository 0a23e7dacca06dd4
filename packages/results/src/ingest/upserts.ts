import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Transaction } from "kysely";
import type { BulkTemplates } from "../db/bulk";
import type { Database } from "../db/schema";
import { CountsSum } from "./counts-codec";
import { cellKey, type CellDelta, type RollupBatch } from "./rollup-batch";
import { upsertCells as cellsSpec, writeCounts, type CountsWrite } from "./specs";

/** Cell ids per SELECT … IN (…), well under both databases' parameter limits. */
const READ_CHUNK = 500;

type CellRow = { id: number; day: string; quiz_id: string; lang: string; mode: string; province: string; submissions: number };

/**
 * Adds the batch to its cells: completions by one upsert; item counters by reading those of the
 * cells that existed before, summing in JavaScript and writing each cell's counters back whole.
 * Every statement runs in the caller's transaction; on PostgreSQL the cells upsert locks each
 * cell until commit, so no other transaction sums the same counters in between.
 */
export async function upsertCells(
  trx: Transaction<Database>,
  bulk: BulkTemplates,
  batch: RollupBatch,
  itemIds: ReadonlyMap<QuizDefinition, Int32Array>,
): Promise<void> {
  // Key order: concurrent PostgreSQL transactions then lock rows in the same order, never deadlock.
  const cells = [...batch.cells().values()].sort((x, y) => (x.key < y.key ? -1 : 1));
  const rows = await bulk.run<CellDelta, CellRow>(trx, cellsSpec, cells);
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  const sums = new Map<number, CountsSum>();
  const existing: number[] = [];
  for (const row of rows) {
    const cell = required(byKey.get(cellKey({ day: row.day, quizId: row.quiz_id, lang: row.lang, mode: row.mode, province: row.province })), "cell");
    const id = Number(row.id);
    sums.set(id, sumOf(cell, itemIds));
    // A cell is only ever created with submissions, so one holding exactly the batch's is new.
    if (Number(row.submissions) !== cell.submissions) existing.push(id);
  }
  existing.sort((x, y) => x - y);
  for (let i = 0; i < existing.length; i += READ_CHUNK) {
    const stored = await trx
      .selectFrom("cell_counts")
      .select(["cell_id", "counts"])
      .where("cell_id", "in", existing.slice(i, i + READ_CHUNK))
      .execute();
    for (const { cell_id, counts } of stored) required(sums.get(Number(cell_id)), "sum").addEncoded(counts);
  }
  const writes: CountsWrite[] = [...sums].sort((x, y) => x[0] - y[0]).map(([cellId, sum]) => ({ cellId, counts: sum.encode() }));
  await bulk.run(trx, writeCounts, writes);
}

/** The batch's counters of one cell by item id, from each quiz's item numbers. */
function sumOf(cell: CellDelta, itemIds: ReadonlyMap<QuizDefinition, Int32Array>): CountsSum {
  const sum = new CountsSum();
  for (const [quiz, counts] of cell.parts) {
    const ids = required(itemIds.get(quiz), "item");
    for (let i = 0; i < ids.length; i++) {
      const at = 4 * i;
      const [a, b, c, d] = [counts[at]!, counts[at + 1]!, counts[at + 2]!, counts[at + 3]!];
      // An item no submission of this batch touched adds nothing.
      if (a || b || c || d) sum.add(ids[i]!, a, b, c, d);
    }
  }
  return sum;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Internal error: no ${what} after upsert`);
  return value;
}
