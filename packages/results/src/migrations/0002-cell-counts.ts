import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../db/dialect-name";

/* Frozen once released, like 0001: the encoding is written out here, not imported. */

/**
 * Decision 008: a cell's item counters move from one `rollups` row per (cell, item) into one
 * value per cell in `cell_counts`: five little-endian int32 per item (item id, a, b, c, d),
 * sorted by item id. A table of their own keeps `cells` small for the aggregates that read only
 * completions. Existing rollups are copied over, a thousand cells at a time, then dropped.
 */
export function cellCounts(dialect: DialectName): Migration {
  const blob = dialect === "postgres" ? "bytea" : "blob";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("cell_counts")
        .addColumn("cell_id", "integer", (c) => c.primaryKey().references("cells.id"))
        .addColumn("counts", sql.raw(blob), (c) => c.notNull())
        .execute();
      const { rows: bounds } = await sql<{ last: number | null }>`select max(id) as last from cells`.execute(db);
      const last = Number(bounds[0]?.last ?? 0);
      // A thousand cells at a time, so a large database is never read into memory at once.
      for (let from = 0; from <= last; from += 1000) {
        const { rows } = await sql<{ cell_id: number; item_id: number; a: number; b: number; c: number; d: number }>`
          select cell_id, item_id, a, b, c, d from rollups
          where cell_id >= ${from} and cell_id < ${from + 1000} and (a <> 0 or b <> 0 or c <> 0 or d <> 0)
          order by cell_id, item_id`.execute(db);
        for (let start = 0; start < rows.length; ) {
          const cell = Number(rows[start]!.cell_id);
          let end = start;
          while (end < rows.length && Number(rows[end]!.cell_id) === cell) end++;
          const out = Buffer.alloc((end - start) * 20);
          for (let i = start; i < end; i++) {
            const r = rows[i]!;
            [r.item_id, r.a, r.b, r.c, r.d].forEach((n, k) => out.writeInt32LE(Number(n), (i - start) * 20 + 4 * k));
          }
          await sql`insert into cell_counts (cell_id, counts) values (${cell}, ${out})`.execute(db);
          start = end;
        }
      }
      await db.schema.dropTable("rollups").execute();
    },
    async down() {
      throw new Error("Migration 0002 (cell counters) cannot be undone: restore a dump into a fresh database instead");
    },
  };
}
