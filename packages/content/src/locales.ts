/**
 * The locale files, loaded by Vite's glob so the same code runs in the Remix build (SSR and client)
 * and in vitest. Everything else derives from the paths through buildResources.
 */
import { buildResources } from "./resources";

const files = import.meta.glob("../locales/*/*.json", { eager: true, import: "default" });

export const { languages, namespaces, resources } = buildResources(files);
