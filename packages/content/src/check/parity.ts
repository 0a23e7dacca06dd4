/**
 * Every language against the reference (Indonesian): the same namespaces, the same keys, the same
 * {{placeholders}}, and no empty text, so a reader never meets a raw key or a half-filled sentence.
 */
import type { Resources } from "../resources";

/** "a.b.c" → text, for every leaf of a locale file. */
export function flatten(json: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    for (const [key, value] of Object.entries(json)) {
      for (const [path, leaf] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, json);
  }
  return out;
}

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? ""))].sort();
}

export function parityProblems(resources: Resources, languages: string[], reference: string): string[] {
  const problems: string[] = [];
  const base = resources[reference];
  if (!base) return [`the reference language "${reference}" has no locale folder`];
  for (const lng of languages) {
    const bundle = resources[lng] ?? {};
    if (!/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(lng)) problems.push(`locales/${lng}: folder name must be a language code such as "id" or "en"`);
    for (const ns of Object.keys(base)) {
      if (!(ns in bundle)) problems.push(`locales/${lng}/${ns}.json is missing`);
    }
    for (const ns of Object.keys(bundle)) {
      const here = flatten(bundle[ns]);
      for (const [path, value] of here) {
        if (typeof value !== "string") problems.push(`${lng} ${ns}:${path} is not text`);
        else if (value.trim() === "") problems.push(`${lng} ${ns}:${path} is empty`);
      }
      if (lng === reference) continue;
      if (!(ns in base)) {
        problems.push(`locales/${lng}/${ns}.json has no Indonesian counterpart`);
        continue;
      }
      const ref = flatten(base[ns]);
      for (const path of ref.keys()) if (!here.has(path)) problems.push(`${lng} ${ns}:${path} is missing`);
      for (const [path, value] of here) {
        const refValue = ref.get(path);
        if (refValue === undefined) {
          problems.push(`${lng} ${ns}:${path} has no Indonesian counterpart`);
        } else if (typeof value === "string" && typeof refValue === "string") {
          const want = placeholders(refValue).join(", ");
          const got = placeholders(value).join(", ");
          if (want !== got) problems.push(`${lng} ${ns}:${path} has placeholders [${got}], Indonesian has [${want}]`);
        }
      }
    }
  }
  return problems;
}
