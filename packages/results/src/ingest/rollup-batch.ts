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
 * two twins (see CellsTable): they are summed from the submissions' own cells once, in `cells()`.
 * Two versions of a quiz may share a cell: each keeps its own item numbers until they become
 * item ids (upserts.ts).
 */
export class RollupBatch {
  readonly quizzes = new Set<QuizDefinition>();
  /** The submissions' own cells. */
  readonly #own = new Map<string, CellDelta>();

  add(cell: Omit<CellRef, "province">, province: string | undefined, quiz: QuizDefinition, people: number, deltas: Deltas): void {
    this.quizzes.add(quiz);
    const own = cellIn(this.#own, { ...cell, province: province ?? NO_PROVINCE });
    own.submissions += 1;
    own.people += people;
    const counts = countsIn(own, quiz);
    for (let i = 0; i < deltas.length; i += 5) {
      const at = deltas[i]! * 4;
      counts[at]! += deltas[i + 1]!;
      counts[at + 1]! += deltas[i + 2]!;
      counts[at + 2]! += deltas[i + 3]!;
      counts[at + 3]! += deltas[i + 4]!;
    }
  }

  /** Every cell the batch adds to, twins included, by key. */
  cells(): Map<string, CellDelta> {
    const all = new Map(this.#own);
    for (const own of this.#own.values()) {
      const twins: CellRef[] = [
        { day: own.day, quizId: own.quizId, lang: own.lang, mode: own.mode, province: ALL },
        { day: own.day, quizId: own.quizId, lang: ALL, mode: ALL, province: ALL },
      ];
      for (const ref of twins) {
        const twin = cellIn(all, ref);
        twin.submissions += own.submissions;
        twin.people += own.people;
        for (const [quiz, counts] of own.parts) {
          const into = countsIn(twin, quiz);
          for (let i = 0; i < counts.length; i++) into[i]! += counts[i]!;
        }
      }
    }
    return all;
  }
}

function cellIn(cells: Map<string, CellDelta>, ref: CellRef): CellDelta {
  const key = cellKey(ref);
  let cell = cells.get(key);
  if (!cell) {
    cell = { ...ref, key, submissions: 0, people: 0, parts: new Map() };
    cells.set(key, cell);
  }
  return cell;
}

function countsIn(cell: CellDelta, quiz: QuizDefinition): Float64Array {
  let counts = cell.parts.get(quiz);
  if (!counts) {
    counts = new Float64Array(quizItems(quiz).refs.length * 4);
    cell.parts.set(quiz, counts);
  }
  return counts;
}
