// `npm run db:migrate`: brings the results database (DATABASE_URL, else DB_FILE; the root script
// passes the app's default) to the newest schema. Safe to run again; the store also runs it on open.
import type { Kysely } from "kysely";
import { openDatabase } from "../src/db/open";
import { migrateToLatest } from "../src/migrations/index";
import { cliTarget, describeTarget, fail } from "./cli";

async function main() {
  const target = cliTarget();
  const { db, dialect } = openDatabase(target);
  try {
    const { applied } = await migrateToLatest(db as Kysely<unknown>, dialect);
    console.log(`${describeTarget(target)}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
  } finally {
    await db.destroy();
  }
}

main().catch(fail);
