import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { DialectName } from "../db/dialect-name";
import { initial } from "./0001-initial";
import { submissionsById } from "./0002-submissions-by-id";
import { facilitators } from "./0003-facilitators";
import { villageMode } from "./0004-village-mode";
import { sessionChecks } from "./0005-session-checks";
import { staff } from "./0006-staff";
import { checkIndex } from "./0007-check-index";

/** Every migration, in order. Listed here rather than read from a folder so bundlers keep them. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "0001-initial": initial(dialect),
    "0002-submissions-by-id": submissionsById(dialect),
    "0003-facilitators": facilitators(dialect),
    "0004-village-mode": villageMode,
    "0005-session-checks": sessionChecks,
    "0006-staff": staff(dialect),
    "0007-check-index": checkIndex,
  };
}

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the newest version; safe to run again and from several processes at once. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<MigrationReport> {
  // Kysely looks for its migration tables in every schema; name ours, or a second app (or test)
  // in another schema of the same database would make it skip creating them here.
  const schema = dialect === "postgres" ? await currentSchema(db) : undefined;
  // A database may have run a later migration before an earlier-numbered one was added:
  // unordered migrations are allowed (each still runs once), and gaps in the numbers are fine.
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  let { error, results } = await migrator.migrateToLatest();
  // Before migrating, Kysely lists every table of every schema on PostgreSQL (it calls
  // pg_get_serial_sequence on each); a table dropped meanwhile in another schema (a second app or
  // test migrating down) fails that listing with 42P01 before any migration ran. Listing again sees
  // the catalogue without it.
  for (let retries = 3; error && retries > 0 && listingRaced(error, results); retries--) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

/** Failed with "relation does not exist" while no migration had run: the table listing, not a migration. */
function listingRaced(error: unknown, results: readonly { status: string }[] | undefined): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "42P01" && !(results ?? []).some((r) => r.status !== "NotExecuted");
}

async function currentSchema(db: Kysely<unknown>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}
