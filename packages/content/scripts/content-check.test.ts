/**
 * `npm run content:check`: every content check, with the coverage table printed, failing with the
 * full list of problems.
 *
 * The seed studies are not part of the repository. When the folder named by `WASPADA_SEEDS` holds
 * them, every source and the studies list are also held against the text they cite. Without them:
 * under CI (`CI` set and not "false"/"0") that is a failure; elsewhere the seed test is reported as
 * skipped, with a line saying so, never as passed. A relative `WASPADA_SEEDS` is taken from the
 * folder the command was typed in.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { checkContent } from "../src/check/check-content";
import { formatCoverage } from "../src/check/coverage";
import type { SeedTexts } from "../src/check/seeds-check";
import { SEED_FILES } from "../src/refs";

const named = process.env.WASPADA_SEEDS?.trim() || undefined;
const seedsDir = named && path.resolve(process.env.INIT_CWD ?? process.cwd(), named);
const underCi = !["", "0", "false"].includes((process.env.CI ?? "").trim().toLowerCase());
const seedFiles = Object.values(SEED_FILES);
const found = seedsDir !== undefined && existsSync(seedsDir);

function readSeeds(dir: string): SeedTexts {
  const seeds: SeedTexts = {};
  for (const file of seedFiles) {
    const full = path.join(dir, file);
    if (existsSync(full)) seeds[file] = readFileSync(full, "utf8").split("\n");
  }
  return seeds;
}

function report(problems: string[]): void {
  if (problems.length > 0) console.log(`\n${problems.length} problems:\n- ${problems.join("\n- ")}`);
  expect(problems).toEqual([]);
}

test("content passes every check", () => {
  const result = checkContent();
  const counts = Object.entries(result.counts).map(([kind, n]) => `${kind} ${n}`).join(", ");
  console.log(`\nCoverage: questions teaching each red flag, by stage and by kind\n\n${formatCoverage(result.coverage)}\n`);
  console.log(`Bank: ${counts}`);
  report(result.problems);
});

if (!found && !underCi) {
  console.log(
    seedsDir === undefined
      ? "\nSKIPPED: source lines not held against the seed studies (set WASPADA_SEEDS to their folder)."
      : `\nSKIPPED: source lines not held against the seed studies (WASPADA_SEEDS: ${seedsDir} does not exist).`,
  );
}

test.skipIf(!found && !underCi)("every source is held against the seed studies in WASPADA_SEEDS", () => {
  if (!seedsDir || !found) {
    throw new Error(`Under CI the seed studies must be at hand: WASPADA_SEEDS is ${seedsDir ? `${seedsDir}, which does not exist` : "unset"}.`);
  }
  const seeds = readSeeds(seedsDir);
  const missing = seedFiles.filter((file) => seeds[file] === undefined);
  expect(missing, `seed files missing from ${seedsDir}`).toEqual([]);
  console.log(`\nSources held against the seeds in ${seedsDir}`);
  report(checkContent({ seeds }).problems);
});
