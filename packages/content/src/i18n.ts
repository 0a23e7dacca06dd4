/**
 * i18next over every namespace, one instance for the whole package. `getT(lng)` gives a t fixed to a
 * language, with keys written "ns:key.path"; `resourcesFor` gives the plain JSON a browser needs.
 */
import i18next, { type i18n as I18n, type Resource, type TFunction } from "i18next";
import { languages, namespaces, resources } from "./locales";
import { REFERENCE_LANGUAGE } from "./resources";
import type { ContentNamespaces } from "./resource-types";

/** t over every namespace: keys are written "ns:key.path"; a key without "ns:" is looked up in common first. */
export type ContentT = TFunction<ContentNamespaces>;

/** The language a visitor gets when they name none of ours: the reference language, which every other follows. */
export const DEFAULT_LANGUAGE = REFERENCE_LANGUAGE;
export const LANGUAGES: readonly string[] = languages;
export const NAMESPACES: readonly string[] = namespaces;

export function isLanguage(x: string): boolean {
  return LANGUAGES.includes(x);
}

// Created on first use, so that importing the package for its catalogue alone costs no i18next setup.
let instance: I18n | undefined;

function i18n(): I18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources: resources as Resource,
    lng: DEFAULT_LANGUAGE,
    // A missing text shows the Indonesian one rather than a raw key; content:check keeps this from happening.
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [...namespaces],
    defaultNS: "common",
    initAsync: false,
    // React (and Remix) escape what they render; escaping here too would show "&amp;" to readers.
    interpolation: { escapeValue: false },
  });
  return instance;
}

const lookupOrder = ["common", ...namespaces.filter((ns) => ns !== "common")] as ContentNamespaces;
const fixed = new Map<string, ContentT>();

/** A t function for `lng`; an unknown language gets the default (Indonesian) one. */
export function getT(lng: string): ContentT {
  const language = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
  let t = fixed.get(language);
  if (!t) {
    t = i18n().getFixedT(language, lookupOrder);
    fixed.set(language, t);
  }
  return t;
}

/** The namespaces' resources for one language, as a copy safe to serialise or hand to a client i18next. */
export function resourcesFor(lng: string, namespaces: string[]): Record<string, unknown> {
  const language = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
  const bundle = resources[language] ?? {};
  const out: Record<string, unknown> = {};
  for (const ns of namespaces) {
    if (!NAMESPACES.includes(ns)) throw new Error(`Unknown namespace "${ns}"; known: ${NAMESPACES.join(", ")}`);
    out[ns] = structuredClone(bundle[ns] ?? {});
  }
  return out;
}
