/**
 * `npm run content:check`: every content check, with the coverage table printed, failing with the
 * full list of problems. The seeds are read from ../shared/seeds (or $WASPADA_SEEDS) when present,
 * so that every source is also held against the text it cites.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkContent } from "../src/check/check-content";
import { formatCoverage } from "../src/check/coverage";
import type { SeedTexts } from "../src/check/seeds-check";
import { SEED_FILES } from "../src/refs";

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = process.env.WASPADA_SEEDS ?? path.resolve(here, "../../../../shared/seeds");

function readSeeds(): SeedTexts | undefined {
  if (!existsSync(seedsDir)) return undefined;
  const seeds: SeedTexts = {};
  for (const file of Object.values(SEED_FILES)) {
    const full = path.join(seedsDir, file);
    if (existsSync(full)) seeds[file] = readFileSync(full, "utf8").split("\n");
  }
  return seeds;
}

test("content passes every check", () => {
  const report = checkContent({ seeds: readSeeds() });
  const counts = Object.entries(report.counts).map(([kind, n]) => `${kind} ${n}`).join(", ");
  console.log(`\nCoverage: questions teaching each red flag, by stage and by kind\n\n${formatCoverage(report.coverage)}\n`);
  console.log(`Bank: ${counts}`);
  console.log(report.seedsChecked ? `Sources held against the seeds in ${seedsDir}` : `Seeds not found at ${seedsDir}: source lines not checked`);
  if (report.problems.length > 0) console.log(`\n${report.problems.length} problems:\n- ${report.problems.join("\n- ")}`);
  expect(report.problems).toEqual([]);
});
