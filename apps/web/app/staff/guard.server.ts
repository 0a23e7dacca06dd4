import { csrfMatches } from "@waspada/results";

/**
 * Every staff POST must come from one of our own pages: the browser's Sec-Fetch-Site (sent by
 * every current browser) must say same-origin, an Origin header must name this host (pages send
 * `Origin: null` under our no-referrer policy; the server drops that), and the form must carry
 * the CSRF token tied to the session (or, before sign-in, to the pre-session cookie).
 * Returns why a request is refused, or undefined when it may go ahead.
 */
export function postProblem(request: Request, token: string | undefined, submitted: FormDataEntryValue | null): string | undefined {
  if (request.method !== "POST") return "not a POST";
  const site = request.headers.get("Sec-Fetch-Site");
  if (site !== null && site !== "same-origin") return "cross-site request";
  const origin = request.headers.get("Origin");
  if (origin !== null && origin !== "null") {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== new URL(request.url).host) return "foreign origin";
  }
  if (!token) return "no session";
  if (!csrfMatches(token, typeof submitted === "string" ? submitted : undefined)) return "CSRF token does not match";
  return undefined;
}
