import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Transaction } from "kysely";
import type { BulkTemplates } from "../db/bulk";
import type { Database } from "../db/schema";
import { cellKey, type CellDelta } from "./rollup-batch";
import { upsertCells as cellsSpec, upsertRollups as rollupsSpec, type RollupRow } from "./specs";

type CellRow = { id: number; day: string; quiz_id: string; lang: string; mode: string; province: string };

/** Adds the batch's completions to each cell, creating cells as needed; returns cell ids by key. */
export async function upsertCells(trx: Transaction<Database>, bulk: BulkTemplates, cellDeltas: ReadonlyMap<string, CellDelta>): Promise<Map<string, number>> {
  // Key order: concurrent PostgreSQL transactions then lock rows in the same order, never deadlock.
  const cells = [...cellDeltas.values()].sort((x, y) => (x.key < y.key ? -1 : 1));
  const rows = await bulk.run<(typeof cells)[number], CellRow>(trx, cellsSpec, cells);
  return new Map(rows.map((r) => [cellKey({ day: r.day, quizId: r.quiz_id, lang: r.lang, mode: r.mode, province: r.province }), Number(r.id)]));
}

/**
 * Adds the batch's counters to the rollups, one row per (cell, item), in key order. Two versions
 * of a quiz in one cell number their items differently but share the ids of common items: their
 * counters are summed per id first, since one statement may not update a row twice.
 */
export async function upsertRollups(
  trx: Transaction<Database>,
  bulk: BulkTemplates,
  cellDeltas: ReadonlyMap<string, CellDelta>,
  cellIds: ReadonlyMap<string, number>,
  itemIds: ReadonlyMap<QuizDefinition, Int32Array>,
): Promise<void> {
  const rows: RollupRow[] = [];
  for (const cell of cellDeltas.values()) {
    const cellId = required(cellIds.get(cell.key), "cell");
    const byItem = cell.parts.size > 1 ? new Map<number, RollupRow>() : undefined;
    for (const [quiz, counts] of cell.parts) {
      const ids = required(itemIds.get(quiz), "item");
      for (let i = 0; i < ids.length; i++) {
        const [a, b, c, d] = [counts[4 * i]!, counts[4 * i + 1]!, counts[4 * i + 2]!, counts[4 * i + 3]!];
        // An item no submission of this batch touched adds nothing.
        if (!(a || b || c || d)) continue;
        const seen = byItem?.get(ids[i]!);
        if (seen) [seen[2], seen[3], seen[4], seen[5]] = [seen[2] + a, seen[3] + b, seen[4] + c, seen[5] + d];
        else {
          const row: RollupRow = [cellId, ids[i]!, a, b, c, d];
          byItem?.set(ids[i]!, row);
          rows.push(row);
        }
      }
    }
  }
  rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  await bulk.run(trx, rollupsSpec, rows);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Internal error: no ${what} id after upsert`);
  return value;
}
