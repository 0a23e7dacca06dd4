import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../db/dialect-name";

/*
 * Submissions keep no arrival order. On SQLite the table becomes WITHOUT ROWID, clustered by the
 * random id: a rowid numbered rows as they arrived, and the file's pages followed that order.
 * Existing rows are copied in id order and the database is vacuumed, so the old pages (which held
 * them in arrival order) do not stay behind as free pages. Dumps now page by id alone, so the
 * (day, id) index goes on both databases. PostgreSQL's heap keeps rows roughly in arrival order
 * whatever the key (see README, "What the database reveals"); existing rows are reordered by id
 * once (CLUSTER).
 */
export function submissionsById(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "postgres") {
        await db.schema.dropIndex("submissions_day_id").ifExists().execute();
        await sql`cluster submissions using submissions_pkey`.execute(db);
        return;
      }
      await db.transaction().execute(async (trx) => {
        // The table as it is now (later migrations may have added columns before this one ran on
        // an older database): every column is kept, with its type and NOT NULL.
        const { rows } = await sql<{ name: string; type: string; notnull: number }>`pragma table_info(submissions)`.execute(trx);
        const columns = rows.map((c) =>
          c.name === "id" ? "id text primary key not null" : `${quote(c.name)} ${c.type || "text"}${c.notnull ? " not null" : ""}`,
        );
        const names = rows.map((c) => quote(c.name)).join(", ");
        await sql.raw(`create table submissions_by_id (${columns.join(", ")}) without rowid`).execute(trx);
        await sql.raw(`insert into submissions_by_id (${names}) select ${names} from submissions order by id`).execute(trx);
        await sql`drop table submissions`.execute(trx);
        await sql`alter table submissions_by_id rename to submissions`.execute(trx);
      });
      await sql`vacuum`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      // The table stays keyed by id (arrival order is kept nowhere to go back to); only the index returns.
      await db.schema.createIndex("submissions_day_id").ifNotExists().on("submissions").columns(["day", "id"]).execute();
    },
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
