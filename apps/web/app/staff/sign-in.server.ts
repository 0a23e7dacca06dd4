import { randomBytes } from "node:crypto";
import { data, redirect } from "@remix-run/node";
import { csrfFor } from "@waspada/results";
import { staffAccounts } from "./auth.server";
import { clearPreCookie, preToken, sessionToken, setPreCookie, setSessionCookie } from "./cookie.server";
import { postProblem } from "./guard.server";
import { safeNext, staffLang, withLang } from "./lang.server";
import { STAFF_HEADERS } from "./meta";
import { staffT } from "./words.server";

function page(request: Request, pre: string, message?: string) {
  const lang = staffLang(request);
  const t = staffT(lang);
  const url = new URL(request.url);
  return {
    staffLang: lang,
    csrf: csrfFor(pre),
    next: safeNext(url.searchParams.get("next")),
    message,
    notice: url.searchParams.get("expired") ? t("staff:signIn.expired") : url.searchParams.get("signedOut") ? t("staff:signIn.signedOut") : undefined,
    action: `${url.pathname}${url.search}`,
    text: {
      title: t("staff:signIn.title"),
      intro: t("staff:signIn.intro"),
      user: t("staff:signIn.user"),
      password: t("staff:signIn.password"),
      submit: t("staff:signIn.submit"),
      skipToContent: t("staff:skipToContent"),
      siteName: t("staff:siteName"),
    },
  };
}

/**
 * The sign-in form. Before any session exists its CSRF token is tied to a short-lived pre-session
 * cookie set here (staff pages only; public pages set no cookie), so a foreign page cannot sign
 * a browser into an account of its choosing.
 */
export async function signInPage(request: Request) {
  const lang = staffLang(request);
  const token = sessionToken(request);
  if (token && (await (await staffAccounts()).session(token))) throw redirect(withLang("/staff", lang), { headers: STAFF_HEADERS });
  const existing = preToken(request);
  const pre = existing ?? randomBytes(32).toString("base64url");
  const headers = new Headers(STAFF_HEADERS);
  if (!existing) headers.append("Set-Cookie", setPreCookie(request, pre));
  return data(page(request, pre), { headers });
}

export async function signInAction(request: Request) {
  const lang = staffLang(request);
  const t = staffT(lang);
  const form = await request.formData();
  const pre = preToken(request);
  if (postProblem(request, pre, form.get("csrf"))) {
    throw new Response(t("staff:errors.forbidden"), { status: 403, headers: STAFF_HEADERS });
  }
  const user = String(form.get("user") ?? "").slice(0, 64);
  const password = String(form.get("password") ?? "").slice(0, 1024);
  const result = await (await staffAccounts()).signIn(user, password);
  if (result.ok) {
    const headers = new Headers(STAFF_HEADERS);
    headers.append("Set-Cookie", setSessionCookie(request, result.token));
    headers.append("Set-Cookie", clearPreCookie(request));
    throw redirect(safeNext(String(form.get("next") ?? "")), { headers });
  }
  const message =
    result.reason === "locked"
      ? t("staff:signIn.locked", { until: new Date(result.until).toISOString().slice(0, 16).replace("T", " ") })
      : t("staff:signIn.invalid");
  return data(page(request, pre!, message), { status: result.reason === "locked" ? 429 : 401, headers: STAFF_HEADERS });
}
