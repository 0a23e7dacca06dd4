import { redirect } from "@remix-run/node";
import { requireStaffPost, staffAccounts } from "./auth.server";
import { clearSessionCookie } from "./cookie.server";
import { withLang } from "./lang.server";
import { STAFF_HEADERS } from "./meta";

export async function signOutAction(request: Request): Promise<never> {
  const { token, lang } = await requireStaffPost(request);
  await (await staffAccounts()).signOut(token);
  const headers = new Headers(STAFF_HEADERS);
  headers.append("Set-Cookie", clearSessionCookie(request));
  throw redirect(withLang("/staff/sign-in", lang, { signedOut: "1" }), { headers });
}
