import { execFileSync } from "node:child_process";
import path from "node:path";
import { soloResult } from "./seed-results";

/** The monorepo root, where the npm scripts for staff accounts and restores live. */
const ROOT = path.resolve(import.meta.dirname, "../../../..");

interface Quiz {
  id: string;
  version: number;
  questions: { id: string; kind: string; redFlags?: string[]; options?: { id: string; correct: boolean }[] }[];
}

/** A group of solo results: how many, where, when, and whether they answer the first question right. */
export interface SeedGroup {
  count: number;
  lang: "id" | "en";
  province?: string;
  day: string;
  right: boolean;
}

/**
 * A results dump (the format `npm run results:restore` reads) of solo results that each answer
 * the quiz's first single-choice question, right or wrong as the group says. Returns the dump and
 * the question it used.
 */
export function seedDump(quizzes: Quiz[], groups: SeedGroup[]) {
  const quiz = quizzes[0]!;
  const question = quiz.questions.find((q) => q.kind === "single")!;
  const right = question.options!.find((o) => o.correct)!.id;
  const wrong = question.options!.find((o) => !o.correct)!.id;
  const header = { format: "waspada-results-dump", version: 1, quizzes, languages: ["id", "en"] };
  const rows = groups.flatMap((g) =>
    Array.from({ length: g.count }, () => soloResult(quiz, question.id, g.right ? right : wrong, g)),
  );
  return { ndjson: [header, ...rows].map((line) => JSON.stringify(line)).join("\n") + "\n", question };
}

/** Stores a dump in the database the server uses, as an operator would (npm run results:restore). */
export function restore(dbFile: string, ndjson: string): void {
  execFileSync("npm", ["run", "-s", "results:restore", "-w", "@waspada/results"], {
    cwd: ROOT,
    input: ndjson,
    env: { ...process.env, DB_FILE: dbFile },
    stdio: ["pipe", "ignore", "pipe"],
  });
}

/** Creates a staff account from the command line, the password piped on standard input. */
export function createStaff(dbFile: string, user: string, role: "admin" | "viewer", password: string): string {
  return execFileSync("npm", ["run", "-s", "staff:create", "--", "--user", user, "--role", role], {
    cwd: ROOT,
    input: `${password}\n`,
    env: { ...process.env, DB_FILE: dbFile },
    encoding: "utf8",
  });
}
