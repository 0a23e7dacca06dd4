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
  submissions: number;
  people: number;
  /** Four counters per item of each quiz definition counted here, by item number. */
  parts: Map<QuizDefinition, Float64Array>;
}

export function cellKey(cell: CellRef): string {
  return `${cell.province}\u0000${cell.quizId}\u0000${cell.day}\u0000${cell.lang}\u0000${cell.mode}`;
}

/**
 * Sums what a set of newly stored submissions adds to the cells, so each cell is written once
 * per transaction however many submissions share it. Every submission also counts in its cell's
 * two twins (see CellsTable). Two versions of a quiz may share a cell: each keeps its own item
 * numbers until they become item ids (upserts.ts).
 */
export class RollupBatch {
  readonly cells = new Map<string, CellDelta>();
  readonly quizzes = new Set<QuizDefinition>();
  /** A submission's three cells' counters by quiz and own cell key: most of a batch share a few. */
  readonly #targets = new Map<QuizDefinition, Map<string, { cells: CellDelta[]; counts: Float64Array[] }>>();

  add(cell: Omit<CellRef, "province">, province: string | undefined, quiz: QuizDefinition, people: number, deltas: Deltas): void {
    let byKey = this.#targets.get(quiz);
    if (!byKey) {
      this.quizzes.add(quiz);
      byKey = new Map();
      this.#targets.set(quiz, byKey);
    }
    const own: CellRef = { ...cell, province: province ?? NO_PROVINCE };
    const key = cellKey(own);
    let target = byKey.get(key);
    if (!target) {
      const cells = [own, { ...cell, province: ALL }, { ...cell, province: ALL, lang: ALL, mode: ALL }].map((ref) => this.#cell(ref));
      target = { cells, counts: cells.map((c) => this.#counts(c, quiz)) };
      byKey.set(key, target);
    }
    for (const c of target.cells) {
      c.submissions += 1;
      c.people += people;
    }
    for (const counts of target.counts) {
      for (let i = 0; i < deltas.length; i += 5) {
        const at = deltas[i]! * 4;
        counts[at]! += deltas[i + 1]!;
        counts[at + 1]! += deltas[i + 2]!;
        counts[at + 2]! += deltas[i + 3]!;
        counts[at + 3]! += deltas[i + 4]!;
      }
    }
  }

  #cell(ref: CellRef): CellDelta {
    const key = cellKey(ref);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { ...ref, key, submissions: 0, people: 0, parts: new Map() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  #counts(cell: CellDelta, quiz: QuizDefinition): Float64Array {
    let counts = cell.parts.get(quiz);
    if (!counts) {
      counts = new Float64Array(quizItems(quiz).refs.length * 4);
      cell.parts.set(quiz, counts);
    }
    return counts;
  }
}
