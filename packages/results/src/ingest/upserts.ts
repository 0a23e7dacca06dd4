import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Transaction } from "kysely";
import type { BulkTemplates } from "../db/bulk";
import type { Database } from "../db/schema";
import { CountsSum } from "./counts-codec";
import { cellKey, type CellDelta, type RollupBatch } from "./rollup-batch";
import { upsertCells as cellsSpec, writeCounts, type CellWrite, type CountsWrite } from "./specs";

type CellRow = { id: number; day: string; quiz_id: string; lang: string; mode: string; province: string; submissions: number; counts: Buffer | null };

/**
 * Adds the batch to its cells: completions by one upsert, counters by summing in JavaScript and
 * writing back, for the cells that existed before (new cells already hold the batch's own).
 * Every statement runs in the caller's transaction; on PostgreSQL the upsert locks each cell
 * until commit, so no other transaction sums the same counters in between.
 */
export async function upsertCells(
  trx: Transaction<Database>,
  bulk: BulkTemplates,
  batch: RollupBatch,
  itemIds: ReadonlyMap<QuizDefinition, Int32Array>,
): Promise<void> {
  // Key order: concurrent PostgreSQL transactions then lock rows in the same order, never deadlock.
  const cells = [...batch.cells().values()].sort((x, y) => (x.key < y.key ? -1 : 1));
  const sums = new Map<string, CountsSum>();
  const writes: CellWrite[] = cells.map((cell) => {
    const sum = sumOf(cell, itemIds);
    sums.set(cell.key, sum);
    return { cell, counts: sum.encode() };
  });
  const rows = await bulk.run<CellWrite, CellRow>(trx, cellsSpec, writes);
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  const back: CountsWrite[] = [];
  for (const row of rows) {
    const key = cellKey({ day: row.day, quizId: row.quiz_id, lang: row.lang, mode: row.mode, province: row.province });
    const cell = required(byKey.get(key), "cell");
    // A cell is only ever created with submissions, so one holding exactly the batch's is new.
    if (Number(row.submissions) === cell.submissions) continue;
    const sum = required(sums.get(key), "sum");
    sum.addEncoded(row.counts);
    back.push({ id: Number(row.id), cell, counts: sum.encode() });
  }
  back.sort((x, y) => x.id - y.id);
  await bulk.run(trx, writeCounts, back);
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
