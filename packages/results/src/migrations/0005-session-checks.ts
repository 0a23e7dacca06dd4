import type { Kysely, Migration } from "kysely";

/* A village session's opening and closing check, as canonical JSON beside its answers. Frozen. */
export const sessionChecks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("submissions").addColumn("checks", "text").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable("submissions").dropColumn("checks").execute();
  },
};
