/**
 * Help channels and published facts: each one sourced by two or more different publishers, dated,
 * with its words in every language and a working link; and no study file name in any reader's text.
 */
import { z } from "zod";
import { channelHref, type HelpChannel, type PublishedFact } from "../channels";
import { FILE_NAME } from "../references";
import type { Resources } from "../resources";
import { flatten } from "./parity";
import { issuesOf, KEBAB_ID } from "./schemas";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

const publishedSource = z.object({
  publisher: z.string().trim().min(1, "must name the publisher"),
  date: z.string().regex(PAGE_DATE, 'must be the page\'s date (YYYY, YYYY-MM or YYYY-MM-DD) or "undated"'),
  url: z.string().regex(/^https?:\/\/\S+$/, "must be the page's address"),
});

/** "ANTARA (via selalukabar.com)" and "ANTARA" are one publisher. */
export function publisherKey(publisher: string): string {
  return publisher.replace(/\(.*\)/, "").trim().toLowerCase();
}

const sources = z
  .array(publishedSource)
  .refine((list) => new Set(list.map((s) => publisherKey(s.publisher))).size >= 2, "needs two or more different publishers");

export const helpChannelSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, "must be kebab-case"),
    kind: z.enum(["phone", "whatsapp", "web", "app"]),
    value: z.string().trim().min(1, "needs the number or address exactly as published"),
    situations: z.array(z.enum(["danger", "before", "abroad", "home", "family"])).min(1, "needs at least one situation"),
    source: sources,
    checked: z.string().regex(ISO_DATE, "must be a date written YYYY-MM-DD"),
  })
  .refine((c) => c.kind !== "phone" && c.kind !== "whatsapp" ? true : /^\+?[\d\s-]+$/.test(c.value), {
    message: "a phone or WhatsApp value may hold only digits, spaces, dashes and a leading +",
  })
  .refine((c) => c.kind !== "web" || /^https:\/\/[^\s]+$/.test(c.value), { message: "a website must be an https address" });

const factSchema = z.object({ id: z.string().regex(KEBAB_ID), source: sources, checked: z.string().regex(ISO_DATE, "must be a date written YYYY-MM-DD") });

function textMissing(resources: Resources, languages: string[], ns: string, key: string): string[] {
  return languages.flatMap((lng) => {
    const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[lng]?.[ns]);
    return typeof value === "string" && value.trim() ? [] : [`${lng} ${ns}:${key} is missing`];
  });
}

export function channelProblems(channels: HelpChannel[], facts: PublishedFact[], resources: Resources, languages: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const channel of channels) {
    const what = `help channel "${channel.id}"`;
    if (seen.has(channel.id)) problems.push(`${what} appears twice`);
    seen.add(channel.id);
    problems.push(...issuesOf(helpChannelSchema.safeParse(channel), what));
    if (channel.kind !== "app" && !channelHref(channel)) problems.push(`${what} makes no link`);
    if (channel.situations.includes("abroad") && !channel.place) problems.push(`${what} is for "abroad" but names no place`);
    for (const field of ["name", "when"]) problems.push(...textMissing(resources, languages, "help", `channels.${channel.id}.${field}`));
    problems.push(...textMissing(resources, languages, "help", `orgs.${channel.org}`));
  }
  for (const fact of facts) {
    problems.push(...issuesOf(factSchema.safeParse(fact), `published fact "${fact.id}"`));
    problems.push(...textMissing(resources, languages, "help", `facts.${fact.id}`));
  }
  return problems;
}

/** No reader's text may name a study's file: citations say who and which study, in words. */
export function fileNameProblems(resources: Resources, languages: string[]): string[] {
  return languages.flatMap((lng) =>
    Object.entries(resources[lng] ?? {}).flatMap(([ns, json]) =>
      [...flatten(json)]
        .filter(([, value]) => typeof value === "string" && FILE_NAME.test(value))
        .map(([path]) => `${lng} ${ns}:${path} names a study's file; cite it in words instead`),
    ),
  );
}
