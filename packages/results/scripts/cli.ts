import path from "node:path";
import { resolveTarget, type Target } from "../src/db/open";

/**
 * npm runs package scripts in the package folder; a relative DB_FILE or --out means the folder the
 * command was typed in (INIT_CWD), as anyone typing it would expect.
 */
export function fromInvocation(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export function cliTarget(): Target {
  const target = resolveTarget({}, process.env);
  return target.dialect === "sqlite" && target.file !== ":memory:" ? { ...target, file: fromInvocation(target.file) } : target;
}

/** Where the data is, for messages: never the password. */
export function describeTarget(target: Target): string {
  if (target.dialect === "sqlite") return `SQLite ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export function fail(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
