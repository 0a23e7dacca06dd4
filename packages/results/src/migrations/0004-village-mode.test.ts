import { Migrator, sql, type Kysely } from "kysely";
import { expect, it } from "vitest";
import { openDatabase, resolveTarget } from "../db/open";
import { fixtureCatalogue as catalogue, group, solo } from "../test-fixtures";
import { describeStores } from "../test-support/stores";
import { migrationProvider } from "./index";

describeStores("migration 0004 (group becomes village)", ({ fresh, open }) => {
  it("renames stored sessions and their cells, and a retry of a renamed session is still a duplicate", async () => {
    const where = await fresh();
    const session = group(15, { a: 2, b: 9, c: 1 });
    const first = await open(where);
    await first.submit(session, catalogue);
    await first.submit(solo(), catalogue);
    await first.close();

    // Back to the old name, as a database written before the rename holds it.
    const { db, dialect } = openDatabase(resolveTarget(where));
    const raw = db as Kysely<unknown>;
    const migrator = new Migrator({ db: raw, provider: migrationProvider(dialect), allowUnorderedMigrations: true });
    try {
      const down = await migrator.migrateTo("0001-initial");
      expect(down.error).toBeUndefined();
      const modes = async () =>
        (await sql<{ mode: string }>`select distinct mode from submissions order by mode`.execute(raw)).rows.map((r) => r.mode);
      const cellModes = async () =>
        (await sql<{ mode: string }>`select distinct mode from cells where mode <> '*' order by mode`.execute(raw)).rows.map((r) => r.mode);
      expect(await modes()).toEqual(["group", "solo"]);
      expect(await cellModes()).toEqual(["group", "solo"]);

      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
      expect(await modes()).toEqual(["solo", "village"]);
      expect(await cellModes()).toEqual(["solo", "village"]);
    } finally {
      await db.destroy();
    }

    const again = await open(where);
    expect(await again.submit(structuredClone(session), catalogue)).toEqual({ status: "duplicate" });
    expect(await again.count()).toBe(2);
    const village = await again.aggregates({ mode: "village" });
    expect(village.total.people.value).toBe(15);
  });
});
