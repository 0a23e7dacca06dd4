// `npm run results:dump -- [--out backup.ndjson]`: every submission with its day as NDJSON, after a
// header with the quiz definitions, so `results:restore` needs nothing else. Anonymous: the store
// holds nothing more.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { writeDump } from "../src/backup/ndjson";
import { openResultsStore } from "../src/store";
import { cliTarget, describeTarget, fail, fromInvocation } from "./cli";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  const output: Writable = values.out ? createWriteStream(fromInvocation(values.out)) : process.stdout;
  try {
    // Waits for 'drain' when the stream is full, so a big dump never sits in memory.
    const rows = await writeDump(store, async (text) => {
      if (!output.write(text)) await once(output, "drain");
    });
    if (values.out) {
      output.end();
      await once(output, "finish");
    }
    console.error(`${describeTarget(target)}: dumped ${rows} submissions`);
  } finally {
    await store.close();
  }
}

main().catch(fail);
