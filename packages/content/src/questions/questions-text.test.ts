import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { questionBank } from "./index";
import { questionTextKeys } from "./text-keys";

const LANGUAGES = ["id", "en"] as const;

function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value === null || typeof value !== "object" || Array.isArray(value)) return out.set(prefix, value);
  for (const [key, child] of Object.entries(value)) {
    for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

const text = Object.fromEntries(
  LANGUAGES.map((lng) => {
    const file = new URL(`../../locales/${lng}/questions.json`, import.meta.url);
    return [lng, leaves(JSON.parse(readFileSync(file, "utf8")))];
  }),
) as Record<(typeof LANGUAGES)[number], Map<string, unknown>>;

const expected = questionBank.flatMap(questionTextKeys);

describe.each(LANGUAGES)("questions.json (%s)", (lng) => {
  const sentences = text[lng];

  it("has every key the bank needs, non-empty and within its length limit", () => {
    const problems = expected.flatMap(({ path, maxLength }) => {
      const value = sentences.get(path);
      if (typeof value !== "string" || value.trim() === "") return [`${path}: missing or empty`];
      return value.length > maxLength ? [`${path}: ${value.length} > ${maxLength}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("has no key the bank does not use", () => {
    const wanted = new Set(expected.map((k) => k.path));
    expect([...sentences.keys()].filter((path) => !wanted.has(path))).toEqual([]);
  });

  it("keeps sentences short, says non-procedural instead of illegal, and holds no phone number", () => {
    for (const [path, value] of sentences) {
      const s = String(value);
      expect(s, path).not.toMatch(/\bil+egal/i);
      // Amounts are written with separators ("73.724"); seven digits in a row would be a phone number.
      expect(s.replace(/[\s.-]/g, ""), path).not.toMatch(/\d{7}/);
      for (const sentence of s.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, `${path}: ${sentence}`).toBeLessThanOrEqual(22);
      }
    }
  });
});

it("gives Indonesian and English the same keys", () => {
  expect([...text.en.keys()].sort()).toEqual([...text.id.keys()].sort());
});
