// `npm run results:export -- [--out file.csv] [--from YYYY-MM] [--to YYYY-MM] [--lang id] [--mode solo|village]
// [--province ID-JK] [--quiz id]`: the dashboard aggregates as CSV, with the same suppression and rounding.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readAggregateFilters } from "../src/aggregates/filters";
import { aggregatesToCsv } from "../src/export/csv";
import { openResultsStore } from "../src/store";
import type { AggregateFilters } from "../src/types";
import { cliTarget, fail, fromInvocation } from "./cli";

export const EXPORT_USAGE = `Usage: npm run results:export -- [options]

Writes the anonymous aggregates as CSV, suppressed and rounded as every aggregate
is (figures from fewer than 10 people are hidden, the others rounded to the
nearest 5). Reads DATABASE_URL, else DB_FILE.

Options:
  --out FILE             write to FILE instead of standard output
  --from YYYY-MM         only results from this calendar month on
  --to YYYY-MM           only results up to the end of this calendar month
                         (a day, YYYY-MM-DD, is widened to its whole month)
  --lang LANG            only this language (id, en)
  --mode MODE            only this way of playing (solo, village)
  --province CODE        only this province (ISO 3166-2:ID, e.g. ID-JK)
  --quiz ID              only this quiz
  -h, --help             show this help
`;

const OPTIONS = {
  out: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  lang: { type: "string" },
  mode: { type: "string" },
  province: { type: "string" },
  quiz: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The command line read: the filters and output, or `help`; a bad option throws with the usage attached. */
export function readExportArgs(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${EXPORT_USAGE}`, { cause: error });
  }
}

async function main() {
  const { help, out, quiz, ...rest } = readExportArgs(process.argv.slice(2));
  if (help) {
    process.stdout.write(EXPORT_USAGE);
    return;
  }
  const { filters, widened } = readAggregateFilters({ ...rest, quizId: quiz } as AggregateFilters);
  if (widened) process.stderr.write(`Dates widened to whole months: ${filters.from ?? "…"} to ${filters.to ?? "…"}.\n`);
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

// Run only as the script, so that a test can import readExportArgs.
if (process.argv[1]?.endsWith("export.ts")) main().catch(fail);
