import type { QuizDefinition } from "@waspada/quiz-engine";
import { ALL, NO_PROVINCE } from "../db/schema";
import type { Deltas } from "./derive";
import { quizItems } from "./items";

export interface CellRef {
  day: string;
  quizId: string;
  lang: string;
  mode: string;
  province: string;
}

export interface CellDelta extends CellRef {
  key: string;
  quiz: QuizDefinition;
  submissions: number;
  people: number;
  /** Four counters per item of the quiz, by item number. */
  counts: Float64Array;
}

export function cellKey(cell: CellRef): string {
  return `${cell.province}\u0000${cell.quizId}\u0000${cell.day}\u0000${cell.lang}\u0000${cell.mode}`;
}

/**
 * Sums what a set of newly stored submissions adds to the rollups, so each cell and each
 * (cell, item) pair is written once per transaction however many submissions share it.
 * Every submission also counts in its cell's two twins (see CellsTable).
 */
export class RollupBatch {
  readonly cells = new Map<string, CellDelta>();
  readonly quizzes = new Set<QuizDefinition>();

  add(cell: Omit<CellRef, "province">, province: string | undefined, quiz: QuizDefinition, people: number, deltas: Deltas): void {
    this.quizzes.add(quiz);
    const scopes: CellRef[] = [
      { ...cell, province: province ?? NO_PROVINCE },
      { ...cell, province: ALL },
      { ...cell, province: ALL, lang: ALL, mode: ALL },
    ];
    for (const scope of scopes) {
      const target = this.#cell(scope, quiz);
      target.submissions += 1;
      target.people += people;
      const counts = target.counts;
      for (let i = 0; i < deltas.length; i += 5) {
        const at = deltas[i]! * 4;
        counts[at]! += deltas[i + 1]!;
        counts[at + 1]! += deltas[i + 2]!;
        counts[at + 2]! += deltas[i + 3]!;
        counts[at + 3]! += deltas[i + 4]!;
      }
    }
  }

  #cell(ref: CellRef, quiz: QuizDefinition): CellDelta {
    const key = cellKey(ref);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { ...ref, key, quiz, submissions: 0, people: 0, counts: new Float64Array(quizItems(quiz).refs.length * 4) };
      this.cells.set(key, cell);
    }
    return cell;
  }
}
