import { sql, type Kysely, type Migration } from "kysely";

/*
 * The village sessions that carry an opening/closing check, indexed on their own (a partial index,
 * on SQLite and PostgreSQL alike): the dashboard's village view reads only them, and without it
 * every view scanned all submissions (about 180 ms at 100,000 on the bench data). Frozen.
 */
export const checkIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("submissions_with_checks")
      .on("submissions")
      .columns(["day", "mode"])
      .where(sql.ref("checks"), "is not", null)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("submissions_with_checks").execute();
  },
};
