import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { QuizDefinition } from "@waspada/quiz-engine";
import { z } from "zod";
import type { ResultsStore } from "../store";
import type { QuizCatalogue } from "../types";

export const DUMP_FORMAT = "waspada-results-dump";

/** First line of a dump: what the rows were scored against, so a restore needs nothing else. */
export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  version: 1;
  quizzes: QuizDefinition[];
  languages: string[];
}

const headerSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(1),
  quizzes: z.array(z.looseObject({ id: z.string().max(64), version: z.int().min(1), questions: z.array(z.unknown()) })),
  languages: z.array(z.string().max(16)).max(100),
});

/**
 * Writes the whole store as NDJSON: the header, then one submission with its day per line,
 * ordered by id. Nothing else is stored, so nothing else can leak. Returns the row count.
 */
export async function writeDump(store: ResultsStore, write: (text: string) => unknown): Promise<number> {
  const header: DumpHeader = { format: DUMP_FORMAT, version: 1, quizzes: await store.quizzes(), languages: await store.languages() };
  await write(`${JSON.stringify(header)}\n`);
  let rows = 0;
  for await (const row of store.dump()) {
    await write(`${JSON.stringify(row)}\n`);
    rows += 1;
  }
  return rows;
}

/** Reads a dump: its header as a catalogue for restore(), and the rows, parsed lazily. */
export async function readDump(input: Readable): Promise<{ header: DumpHeader; catalogue: QuizCatalogue; rows: AsyncIterable<unknown> }> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error("The dump is empty.");
  const parsed = headerSchema.safeParse(parseLine(first.value, 1));
  if (!parsed.success) throw new Error(`Line 1 is not a ${DUMP_FORMAT} header.`);
  const header = parsed.data as unknown as DumpHeader;
  async function* rows() {
    let lineNumber = 1;
    for (;;) {
      const next = await lines.next();
      if (next.done) return;
      lineNumber += 1;
      if (next.value.trim()) yield parseLine(next.value, lineNumber);
    }
  }
  return { header, catalogue: { quizzes: header.quizzes, languages: header.languages }, rows: rows() };
}

function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`Line ${lineNumber} of the dump is not JSON.`);
  }
}
