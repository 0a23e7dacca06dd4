// `npm run results:restore -- [--in backup.ndjson]` (default stdin): stores every row of a dump,
// validated like any submission and keeping its day. Rows already stored are skipped, so an
// interrupted restore can simply be run again; a row that contradicts a stored one stops it.
import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { readDump } from "../src/backup/ndjson";
import { openResultsStore } from "../src/store";
import { cliTarget, describeTarget, fail, fromInvocation } from "./cli";

async function main() {
  const { values } = parseArgs({ options: { in: { type: "string" } } });
  const input = values.in ? createReadStream(fromInvocation(values.in)) : process.stdin;
  const { catalogue, rows } = await readDump(input);
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  try {
    const stored = await store.restore(rows, catalogue);
    console.error(`${describeTarget(target)}: restored ${stored} new submissions (${await store.count()} in all)`);
  } finally {
    await store.close();
  }
}

main().catch(fail);
