import type { QuizDefinition } from "@waspada/quiz-engine";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema";
import { itemKey, quizItems, type ItemRef } from "./items";

const CHUNK = 500;

/**
 * Database ids of every item of a quiz, by item number. Items are created for a whole quiz the
 * first time it is seen; ids created inside a transaction are remembered only once it has
 * committed, so a rollback can never leave an id in the cache that the database does not have.
 */
export class ItemIds {
  readonly #known = new Map<string, number>();
  readonly #byQuiz = new WeakMap<QuizDefinition, Int32Array>();

  async resolve(trx: Transaction<Database>, quizzes: Iterable<QuizDefinition>) {
    const ids = new Map<QuizDefinition, Int32Array>();
    const fresh = new Map<string, number>();
    for (const quiz of quizzes) {
      const cached = this.#byQuiz.get(quiz);
      if (cached) {
        ids.set(quiz, cached);
        continue;
      }
      const refs = quizItems(quiz).refs;
      const missing = refs.filter((ref) => !this.#known.has(itemKey(ref)));
      for (const [key, id] of await this.#insert(trx, missing)) fresh.set(key, id);
      ids.set(quiz, Int32Array.from(refs, (ref) => this.#known.get(itemKey(ref)) ?? fresh.get(itemKey(ref)) ?? -1));
    }
    return { ids, fresh };
  }

  async #insert(trx: Transaction<Database>, refs: ItemRef[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const sorted = [...refs].sort((x, y) => (itemKey(x) < itemKey(y) ? -1 : 1));
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const rows = await trx
        .insertInto("items")
        .values(sorted.slice(i, i + CHUNK).map((r) => ({ quiz_id: r.quizId, question_id: r.questionId, kind: r.kind, key: r.key })))
        // A no-op update rather than DO NOTHING, so RETURNING also gives the ids of existing rows.
        .onConflict((oc) => oc.columns(["quiz_id", "question_id", "kind", "key"]).doUpdateSet((eb) => ({ key: eb.ref("excluded.key") })))
        .returning(["id", "quiz_id", "question_id", "kind", "key"])
        .execute();
      for (const row of rows) {
        out.set(itemKey({ quizId: row.quiz_id, questionId: row.question_id, kind: row.kind as ItemRef["kind"], key: row.key }), Number(row.id));
      }
    }
    return out;
  }

  /** Call after the transaction that resolved `fresh` has committed. */
  remember(fresh: ReadonlyMap<string, number>, quizzes: Iterable<QuizDefinition>): void {
    for (const [key, id] of fresh) this.#known.set(key, id);
    for (const quiz of quizzes) {
      if (this.#byQuiz.has(quiz)) continue;
      const refs = quizItems(quiz).refs;
      if (refs.every((ref) => this.#known.has(itemKey(ref)))) {
        this.#byQuiz.set(quiz, Int32Array.from(refs, (ref) => this.#known.get(itemKey(ref))!));
      }
    }
  }
}
