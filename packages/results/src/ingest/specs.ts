import type { Insertable } from "kysely";
import type { BulkSpec } from "../db/bulk";
import type { CellsTable, SubmissionsTable } from "../db/schema";
import type { Prepared } from "./prepare";
import type { CellDelta } from "./rollup-batch";

/** The statements ingestion runs for every batch (see db/bulk.ts). */

export const insertSubmissions: BulkSpec<Prepared> = {
  name: "submissions",
  columns: ["id", "content_hash", "quiz_id", "quiz_version", "lang", "mode", "province", "head_count", "day", "answers"],
  maxRows: 256,
  build: (db, rows) =>
    db
      .insertInto("submissions")
      .values(rows as unknown as Insertable<SubmissionsTable>[])
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id"),
  push: ({ sub, hash, day, answersJson }, p) => {
    p.push(sub.id, hash, sub.quizId, sub.quizVersion, sub.lang, sub.mode, sub.province ?? null, sub.headCount, day, answersJson);
  },
};

/** A cell of the batch with its counters encoded (counts-codec.ts). */
export interface CellWrite {
  cell: CellDelta;
  counts: Buffer;
}

/**
 * Adds the batch's completions to each cell. A new cell takes the batch's counters as they are;
 * an existing one keeps its counters here (RETURNING gives them back to be summed, upserts.ts).
 */
export const upsertCells: BulkSpec<CellWrite> = {
  name: "cells",
  columns: ["day", "quiz_id", "lang", "mode", "province", "submissions", "people", "counts"],
  maxRows: 256,
  build: (db, rows) =>
    db
      .insertInto("cells")
      .values(rows as unknown as Insertable<CellsTable>[])
      .onConflict((oc) =>
        oc.columns(["province", "quiz_id", "day", "lang", "mode"]).doUpdateSet((eb) => ({
          submissions: eb("cells.submissions", "+", eb.ref("excluded.submissions")),
          people: eb("cells.people", "+", eb.ref("excluded.people")),
        })),
      )
      .returning(["id", "day", "quiz_id", "lang", "mode", "province", "submissions", "counts"]),
  push: ({ cell: c, counts }, p) => {
    p.push(c.day, c.quizId, c.lang, c.mode, c.province, c.submissions, c.people, counts);
  },
};

/** A cell's summed counters, written back by id (the other values are there only to make a valid row). */
export interface CountsWrite {
  id: number;
  cell: CellDelta;
  counts: Buffer;
}

export const writeCounts: BulkSpec<CountsWrite> = {
  name: "counts",
  columns: ["id", "day", "quiz_id", "lang", "mode", "province", "submissions", "people", "counts"],
  maxRows: 256,
  build: (db, rows) =>
    db
      .insertInto("cells")
      .values(rows as unknown as Insertable<CellsTable>[])
      .onConflict((oc) => oc.column("id").doUpdateSet((eb) => ({ counts: eb.ref("excluded.counts") }))),
  push: ({ id, cell: c, counts }, p) => {
    p.push(id, c.day, c.quizId, c.lang, c.mode, c.province, c.submissions, c.people, counts);
  },
};
