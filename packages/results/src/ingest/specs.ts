import type { Insertable } from "kysely";
import type { BulkSpec } from "../db/bulk";
import type { CellCountsTable, CellsTable, SubmissionsTable } from "../db/schema";
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

export const upsertCells: BulkSpec<CellDelta> = {
  name: "cells",
  columns: ["day", "quiz_id", "lang", "mode", "province", "submissions", "people"],
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
      // submissions after the upsert tells a new cell (exactly the batch's) from an existing one.
      .returning(["id", "day", "quiz_id", "lang", "mode", "province", "submissions"]),
  push: (c, p) => {
    p.push(c.day, c.quizId, c.lang, c.mode, c.province, c.submissions, c.people);
  },
};

/** A cell's summed counters (counts-codec.ts), written whole. */
export interface CountsWrite {
  cellId: number;
  counts: Buffer;
}

export const writeCounts: BulkSpec<CountsWrite> = {
  name: "cell_counts",
  columns: ["cell_id", "counts"],
  maxRows: 512,
  build: (db, rows) =>
    db
      .insertInto("cell_counts")
      .values(rows as unknown as Insertable<CellCountsTable>[])
      .onConflict((oc) => oc.column("cell_id").doUpdateSet((eb) => ({ counts: eb.ref("excluded.counts") }))),
  push: ({ cellId, counts }, p) => {
    p.push(cellId, counts);
  },
};
