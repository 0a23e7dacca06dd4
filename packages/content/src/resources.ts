/**
 * Turning the locale files into i18next resources. Languages and namespaces are read from the file
 * paths (`…/locales/{lng}/{ns}.json`), so a new language is a new folder and nothing else.
 */
export type Resources = Record<string, Record<string, unknown>>;

export interface BuiltResources {
  /** The reference language first, then the others alphabetically. */
  languages: string[];
  namespaces: string[];
  resources: Resources;
}

export const REFERENCE_LANGUAGE = "id";

const LOCALE_PATH = /(?:^|\/)locales\/([^/]+)\/([^/]+)\.json$/;

/** `files` maps a path ending in `locales/{lng}/{ns}.json` to that file's parsed JSON. */
export function buildResources(files: Record<string, unknown>): BuiltResources {
  const resources: Resources = {};
  const namespaces = new Set<string>();
  for (const [path, json] of Object.entries(files)) {
    const match = LOCALE_PATH.exec(path.replaceAll("\\", "/"));
    if (!match) throw new Error(`Not a locale file path (locales/{lng}/{ns}.json): ${path}`);
    const [, lng = "", ns = ""] = match;
    (resources[lng] ??= {})[ns] = json;
    namespaces.add(ns);
  }
  const languages = Object.keys(resources).sort((a, b) =>
    a === REFERENCE_LANGUAGE ? -1 : b === REFERENCE_LANGUAGE ? 1 : a.localeCompare(b),
  );
  return { languages, namespaces: [...namespaces].sort(), resources };
}
