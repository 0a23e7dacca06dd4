import type { Kysely, Migration } from "kysely";

/*
 * A village session's opening and closing check, as canonical JSON beside its answers; and which
 * sessions a laptop server has forwarded to which server (npm run results:sync). Frozen.
 */
export const sessionChecks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("submissions").addColumn("checks", "text").execute();
    await db.schema
      .createTable("forwarded")
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("submission_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("forwarded_pk", ["target", "submission_id"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("forwarded").execute();
    await db.schema.alterTable("submissions").dropColumn("checks").execute();
  },
};
