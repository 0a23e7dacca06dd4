// `npm run results:export -- [--out file.csv] [--from YYYY-MM-DD] [--to …] [--lang id] [--mode solo|village]
// [--province ID-JK] [--quiz id]`: the dashboard aggregates as CSV, with the same suppression.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { aggregatesToCsv } from "../src/export/csv";
import { openResultsStore } from "../src/store";
import type { AggregateFilters } from "../src/types";
import { cliTarget, fail, fromInvocation } from "./cli";

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      lang: { type: "string" },
      mode: { type: "string" },
      province: { type: "string" },
      quiz: { type: "string" },
    },
  });
  const { out, quiz, ...rest } = values;
  const filters = { ...rest, quizId: quiz } as AggregateFilters;
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  try {
    const csv = aggregatesToCsv(await store.aggregates(filters));
    if (out) writeFileSync(fromInvocation(out), csv);
    else process.stdout.write(csv);
  } finally {
    await store.close();
  }
}

main().catch(fail);
