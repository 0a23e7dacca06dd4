import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
    /** Every schema a test creates starts with this; all are dropped together when the run ends. */
    schemaPrefix: string;
  }
}

const PG_VERSION = "15";
const CLUSTER_PREFIX = "waspada_test_";

/**
 * PostgreSQL for the shared suite: PG_URL when CI gives one, else a private throw-away cluster
 * of Debian's postgresql-15, named after this process so parallel runs never share or drop each
 * other's. If neither works the run fails: the PostgreSQL half of the suite is never skipped.
 */
export default async function setup(project: TestProject) {
  const schemaPrefix = `t_${process.pid}_`;
  project.provide("schemaPrefix", schemaPrefix);
  const given = process.env.PG_URL;
  if (given) {
    project.provide("pgUrl", given);
    // Schemas are dropped here, once, and never while tests run: a DROP SCHEMA in one worker can
    // break a catalog query (Kysely's introspection) that another worker has in flight.
    return () => dropSchemas(given, schemaPrefix);
  }
  dropStaleClusters();
  const name = `${CLUSTER_PREFIX}${process.pid}`;
  const port = await freePort();
  try {
    run("pg_createcluster", [
      PG_VERSION, name, "-p", String(port), "--start", "--start-conf=manual",
      // Test data is thrown away: skipping fsync saves seconds, and durability is tested on SQLite.
      "-o", "fsync=off", "-o", "synchronous_commit=off",
      "--", "--auth-local=trust", "--auth-host=trust",
    ]);
  } catch (error) {
    dropCluster(name);
    throw new Error(
      "The PostgreSQL tests need a server: set PG_URL=postgres://… or install Debian's postgresql-15 " +
        `(pg_createcluster failed: ${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  project.provide("pgUrl", `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => dropCluster(name);
}

async function dropSchemas(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where starts_with(nspname, $1)",
      [prefix],
    );
    for (const { name } of rows) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await client.end();
  }
}

function dropCluster(name: string): void {
  try {
    run("pg_dropcluster", ["--stop", PG_VERSION, name]);
  } catch {
    // Never created, or already gone.
  }
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Clusters left by a run that was killed: their owner process no longer exists. */
function dropStaleClusters(): void {
  let listing: string;
  try {
    listing = run("pg_lsclusters", ["--no-header"]);
  } catch {
    return;
  }
  for (const line of listing.split("\n")) {
    const [version, name] = line.trim().split(/\s+/);
    if (version !== PG_VERSION || !name?.startsWith(CLUSTER_PREFIX)) continue;
    const pid = Number(name.slice(CLUSTER_PREFIX.length));
    if (Number.isInteger(pid) && !alive(pid)) dropCluster(name);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
