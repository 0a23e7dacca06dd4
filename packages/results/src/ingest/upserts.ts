import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Transaction } from "kysely";
import type { BulkTemplates } from "../db/bulk";
import type { Database } from "../db/schema";
import { cellKey, type RollupBatch } from "./rollup-batch";
import { upsertCells as cellsSpec, upsertRollups as rollupsSpec, type RollupRow } from "./specs";

type CellRow = { id: number; day: string; quiz_id: string; lang: string; mode: string; province: string };

/** Adds the batch's completions to each cell, creating cells as needed; returns cell ids by key. */
export async function upsertCells(trx: Transaction<Database>, bulk: BulkTemplates, batch: RollupBatch): Promise<Map<string, number>> {
  // Key order: concurrent PostgreSQL transactions then lock rows in the same order, never deadlock.
  const cells = [...batch.cells.values()].sort((x, y) => (x.key < y.key ? -1 : 1));
  const rows = await bulk.run<(typeof cells)[number], CellRow>(trx, cellsSpec, cells);
  return new Map(rows.map((r) => [cellKey({ day: r.day, quizId: r.quiz_id, lang: r.lang, mode: r.mode, province: r.province }), Number(r.id)]));
}

/** Adds the batch's counters to the rollups, one row per (cell, item), in key order. */
export async function upsertRollups(
  trx: Transaction<Database>,
  bulk: BulkTemplates,
  batch: RollupBatch,
  cellIds: ReadonlyMap<string, number>,
  itemIds: ReadonlyMap<QuizDefinition, Int32Array>,
): Promise<void> {
  const rows: RollupRow[] = [];
  for (const cell of batch.cells.values()) {
    const cellId = required(cellIds.get(cell.key), "cell");
    const ids = required(itemIds.get(cell.quiz), "item");
    const counts = cell.counts;
    for (let i = 0; i < ids.length; i++) {
      const [a, b, c, d] = [counts[4 * i]!, counts[4 * i + 1]!, counts[4 * i + 2]!, counts[4 * i + 3]!];
      // An item no submission of this batch touched adds nothing.
      if (a || b || c || d) rows.push([cellId, ids[i]!, a, b, c, d]);
    }
  }
  rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  await bulk.run(trx, rollupsSpec, rows);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Internal error: no ${what} id after upsert`);
  return value;
}
