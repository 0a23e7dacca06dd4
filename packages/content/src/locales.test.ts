/**
 * The real loader, run from a copy of the package with one more locale folder: proves that
 * import.meta.glob picks up a new language with no change to any code.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import type * as I18n from "./i18n";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scratchRoot = path.join(packageDir, ".tmp");
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(path.join(scratchRoot, "locales-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("discovers a locale folder copied next to the others", async () => {
  for (const file of ["locales.ts", "resources.ts", "i18n.ts"]) {
    cpSync(path.join(packageDir, "src", file), path.join(scratch, "src", file));
  }
  cpSync(path.join(packageDir, "locales"), path.join(scratch, "locales"), { recursive: true });
  cpSync(path.join(packageDir, "locales", "id"), path.join(scratch, "locales", "jv"), { recursive: true });

  const copy = (await import(/* @vite-ignore */ path.join(scratch, "src", "i18n.ts"))) as typeof I18n;
  expect(copy.LANGUAGES).toEqual(["id", "en", "jv"]);
  expect(copy.isLanguage("jv")).toBe(true);
  expect(copy.getT("jv")("common:quiz.start")).toBe("Mulai kuis");
}, 30_000); // a cold import of the copied package, slow on a busy machine
