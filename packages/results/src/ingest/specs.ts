import type { BulkSpec } from "../db/bulk";
import type { Prepared } from "./prepare";
import type { CellDelta } from "./rollup-batch";

/** The three statements ingestion runs for every batch (see db/bulk.ts). */

export const insertSubmissions: BulkSpec<Prepared> = {
  name: "submissions",
  columns: ["id", "content_hash", "quiz_id", "quiz_version", "lang", "mode", "province", "head_count", "day", "answers", "checks", "facilitator_id"],
  pgTypes: ["text", "text", "text", "integer", "text", "text", "text", "integer", "text", "text", "text", "integer"],
  maxRows: 256,
  build: (db, rows) =>
    rows(db.insertInto("submissions"))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id"),
  push: ({ sub, hash, day, answersJson, checksJson, facilitatorId }, p) => {
    p.push(sub.id, hash, sub.quizId, sub.quizVersion, sub.lang, sub.mode, sub.province ?? null, sub.headCount, day, answersJson, checksJson, facilitatorId ?? null);
  },
};

export const upsertCells: BulkSpec<CellDelta> = {
  name: "cells",
  columns: ["day", "quiz_id", "lang", "mode", "province", "submissions", "people"],
  pgTypes: ["text", "text", "text", "text", "text", "integer", "integer"],
  maxRows: 256,
  build: (db, rows) =>
    rows(db.insertInto("cells"))
      .onConflict((oc) =>
        oc.columns(["province", "quiz_id", "day", "lang", "mode"]).doUpdateSet((eb) => ({
          submissions: eb("cells.submissions", "+", eb.ref("excluded.submissions")),
          people: eb("cells.people", "+", eb.ref("excluded.people")),
        })),
      )
      .returning(["id", "day", "quiz_id", "lang", "mode", "province"]),
  push: (c, p) => {
    p.push(c.day, c.quizId, c.lang, c.mode, c.province, c.submissions, c.people);
  },
};

/** A rollup row as six numbers: cell, item, a, b, c, d. */
export type RollupRow = [number, number, number, number, number, number];

export const upsertRollups: BulkSpec<RollupRow> = {
  name: "rollups",
  columns: ["cell_id", "item_id", "a", "b", "c", "d"],
  pgTypes: ["integer", "integer", "integer", "integer", "integer", "integer"],
  maxRows: 512,
  build: (db, rows) =>
    rows(db.insertInto("rollups"))
      .onConflict((oc) =>
        oc.columns(["cell_id", "item_id"]).doUpdateSet((eb) => ({
          a: eb("rollups.a", "+", eb.ref("excluded.a")),
          b: eb("rollups.b", "+", eb.ref("excluded.b")),
          c: eb("rollups.c", "+", eb.ref("excluded.c")),
          d: eb("rollups.d", "+", eb.ref("excluded.d")),
        })),
      ),
  push: (row, p) => {
    p.push(...row);
  },
};
