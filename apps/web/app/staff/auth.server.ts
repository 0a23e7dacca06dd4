import { redirect } from "@remix-run/node";
import type { StaffAccounts, StaffRole, StaffSession } from "@waspada/results";
import { resultsStore } from "../utils/db.server";
import { sessionToken } from "./cookie.server";
import { postProblem } from "./guard.server";
import { staffLang, withLang } from "./lang.server";

export async function staffAccounts(): Promise<StaffAccounts> {
  return (await resultsStore()).staff();
}

export interface StaffContext {
  session: StaffSession;
  token: string;
  lang: string;
}

/**
 * The signed-in staff member, or a redirect to sign-in (with where to come back to). An admin-only
 * page answers 403 to a viewer: the link is not shown to them, and the page is not theirs to open.
 */
export async function requireStaff(request: Request, role?: StaffRole): Promise<StaffContext> {
  const lang = staffLang(request);
  const token = sessionToken(request);
  const session = token ? await (await staffAccounts()).session(token) : undefined;
  if (!token || !session) {
    const url = new URL(request.url);
    const back = `${url.pathname}${url.search}`;
    throw redirect(withLang("/staff/sign-in", lang, { next: back, ...(token ? { expired: "1" } : {}) }), { headers: { "Cache-Control": "no-store" } });
  }
  if (role === "admin" && session.account.role !== "admin") throw new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
  return { session, token, lang };
}

/** The form of a signed-in staff POST, once the origin and CSRF checks pass; 403 otherwise. */
export async function requireStaffPost(request: Request, role?: StaffRole): Promise<StaffContext & { form: FormData }> {
  const context = await requireStaff(request, role);
  const form = await request.formData();
  const problem = postProblem(request, context.token, form.get("csrf"));
  if (problem) throw new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
  return { ...context, form };
}
