/**
 * Pages say only what exists: every feature the home page, the facilitator's guide or the privacy
 * page describes must have a route that provides it. The routes are read from app/routes with
 * Remix's own flat-routes convention, so a new route file is seen without a list to keep.
 *
 * A feature is recognised by its words in either language; when a page's words name it, some route
 * must match what provides it. The village session (presenter, setup, hand tallies, offline use,
 * sync) is one such feature: once its routes exist, pages may describe it again and this passes.
 */
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@waspada/content";
import { facilitatorPage } from "./facilitator.server";
import { homePage } from "./home.server";
import { privacyPage } from "./privacy.server";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Every route's full path ("/:lang/red-flags/:id"), from the files under app/routes. */
function routePaths(): string[] {
  const manifest = flatRoutes(appDir);
  const full = (id: string): string => {
    const route = manifest[id];
    if (!route) return "";
    const parent = route.parentId && route.parentId !== "root" ? full(route.parentId) : "";
    return [parent, route.path ?? ""].filter(Boolean).join("/");
  };
  return Object.keys(manifest).map((id) => `/${full(id)}`);
}

/** A village session's pages: any path under the language with a segment naming a session, presenter or village. */
const SESSION = /^\/:lang\/(?:[^/]+\/)*[^/]*(?:session|sesi|present|village|desa)[^/]*(?:\/|$)/;

interface Feature {
  name: string;
  /** The words that promise it, Indonesian and English. */
  words: RegExp;
  /** The route path(s) that provide it. */
  route: RegExp;
}

const FEATURES: Feature[] = [
  { name: "the quiz", words: /\bquiz\b|\bkuis\b/i, route: /^\/:lang\/quiz$/ },
  { name: "the facilitator's guide", words: /facilitator's guide|panduan fasilitator/i, route: /^\/:lang\/facilitator$/ },
  { name: "help contacts", words: /get help|mencari bantuan|organisations and services|lembaga dan layanan/i, route: /^\/:lang\/help$/ },
  { name: "a presenter mode", words: /presenter|mode presentasi|second screen|layar kedua|facilitator notes|catatan fasilitator/i, route: SESSION },
  { name: "setting up a session", words: /set up the session|siapkan sesi|number of questions|jumlah pertanyaan/i, route: SESSION },
  { name: "clicker keys", words: /clicker|page up|page down|arrow keys|tombol panah/i, route: SESSION },
  { name: "entering the hands counted", words: /number of hands|jumlah tangan|enter the number|masukkan jumlah/i, route: SESSION },
  { name: "use without a connection", words: /without (a |an )?(connection|internet)|offline|tanpa (sinyal|internet|koneksi)|luring/i, route: SESSION },
  { name: "syncing results later", words: /when it connects|saat tersambung|\bsync|sinkron/i, route: SESSION },
  { name: "giving a province", words: /province, only if|provinsi, hanya jika|give the province|isi provinsi/i, route: SESSION },
];

/** Every string a page's loader data holds, joined: what the reader sees. */
function words(data: unknown): string {
  if (typeof data === "string") return data;
  if (Array.isArray(data)) return data.map(words).join("\n");
  if (data && typeof data === "object") return Object.values(data).map(words).join("\n");
  return "";
}

const PAGES = { home: homePage, facilitator: facilitatorPage, privacy: privacyPage };

/** Each feature a text promises that no route provides, as "feature (“matched words”)". */
function unprovided(text: string, routes: string[]): string[] {
  return FEATURES.flatMap((feature) => {
    const match = feature.words.exec(text);
    if (!match || routes.some((route) => feature.route.test(route))) return [];
    return [`${feature.name} (“${match[0]}”)`];
  });
}

function promised(text: string): string[] {
  return FEATURES.filter((feature) => feature.words.test(text)).map((feature) => feature.name);
}

describe("pages promise only what has a route", () => {
  const routes = routePaths();

  it("reads the routes from app/routes", () => {
    expect(routes).toEqual(expect.arrayContaining(["/", "/:lang", "/:lang/quiz", "/:lang/facilitator", "/:lang/help", "/:lang/red-flags/:id"]));
  });

  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])("%s: every feature it describes has a route, in every language", (page) => {
    for (const lang of LANGUAGES) {
      expect({ page, lang, unprovided: unprovided(words(PAGES[page](lang)), routes) }).toEqual({ page, lang, unprovided: [] });
    }
  });

  it("recognises the features the pages describe", () => {
    // the home page names the quiz, the guide and help in every language: the words are not dead
    for (const lang of LANGUAGES) expect(promised(words(homePage(lang)))).toEqual(expect.arrayContaining(["the quiz", "the facilitator's guide", "help contacts"]));
  });

  it("would catch a page promising a session that has no route", () => {
    const withoutSession = routes.filter((route) => !SESSION.test(route));
    expect(unprovided("Once it has been opened online, presenter mode keeps working without a connection.", withoutSession)).toEqual([
      "a presenter mode (“presenter”)",
      "use without a connection (“without a connection”)",
    ]);
    expect(unprovided("Tanpa internet, hasil anonim menunggu di laptop dan dikirim satu kali saat tersambung.", withoutSession)).toEqual([
      "use without a connection (“Tanpa internet”)",
      "syncing results later (“saat tersambung”)",
    ]);
    for (const route of ["/:lang/sesi", "/:lang/session/:id", "/:lang/facilitator/presenter", "/:lang/village-session"]) {
      expect(unprovided("presenter mode", [...withoutSession, route]), route).toEqual([]);
    }
  });
});
