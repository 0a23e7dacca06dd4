import { LANGUAGES } from "../utils/i18n.server";
import type { StaffContext } from "./auth.server";
import { FILTER_PARAMS, type FilterParams } from "./filters.server";
import { withLang } from "./lang.server";
import { staffT } from "./words.server";

/** What the dashboard frame shows: the sections this account may open, who is signed in, the languages. */
export function staffShell(request: Request, { session, lang }: StaffContext, filters?: FilterParams) {
  const t = staffT(lang);
  const url = new URL(request.url);
  const admin = session.account.role === "admin";
  const sections = [
    ["overview", "/staff"],
    ["redFlags", "/staff/red-flags"],
    ["questions", "/staff/questions"],
    ["village", "/staff/village"],
    ...(admin ? [["accounts", "/staff/accounts"], ["facilitators", "/staff/facilitators"]] : []),
  ] as const;
  // The filters travel between sections, so a view and its neighbours stay comparable.
  // A dashboard view passes its filters as read (months, not an older link's days).
  const keep: Record<string, string | undefined> = filters
    ? Object.fromEntries(FILTER_PARAMS.map((name) => [name, filters[name]]))
    : Object.fromEntries([...url.searchParams].filter(([k]) => k !== "lang" && k !== "done" && k !== "error"));
  return {
    staffLang: lang,
    path: url.pathname,
    csrf: session.csrf,
    text: {
      siteName: t("staff:siteName"),
      skipToContent: t("staff:skipToContent"),
      navLabel: t("staff:nav.label"),
      signedInAs: t("staff:signedInAs", { user: session.account.username, role: t(`staff:roles.${session.account.role}`) }),
      signOut: t("staff:signOut"),
      language: t("staff:language"),
    },
    sections: sections.map(([key, href]) => ({ key, href: withLang(href, lang, keep), label: t(`staff:nav.${key}`) })),
    languages: LANGUAGES.map((code) => ({
      code,
      name: staffT(code)("common:language.name"),
      href: withLang(url.pathname, code, keep),
    })),
    signOutAction: withLang("/staff/sign-out", lang),
  };
}

export type StaffShell = ReturnType<typeof staffShell>;
