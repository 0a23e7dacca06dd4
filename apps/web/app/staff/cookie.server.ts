/**
 * The staff session cookie. `__Host-` binds it to this exact origin (no Domain, Path=/, Secure),
 * but browsers only accept that prefix with Secure, which plain http cannot carry. So on plain
 * http to a loopback address (a developer's machine, the end-to-end tests) the cookie is named
 * without the prefix and without Secure; anywhere else it is `__Host-` and Secure. It is never
 * readable by scripts (HttpOnly) and never sent from another site (SameSite=Strict).
 */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const NAME = "waspada_staff";
/** Before sign-in: the token the sign-in form's CSRF field is tied to. */
const PRE_NAME = "waspada_staff_pre";

export function isLocalPlainHttp(request: Request): boolean {
  const url = new URL(request.url);
  return url.protocol === "http:" && LOOPBACK.has(url.hostname);
}

function names(request: Request) {
  const local = isLocalPlainHttp(request);
  return { session: local ? NAME : `__Host-${NAME}`, pre: local ? PRE_NAME : `__Host-${PRE_NAME}`, secure: !local };
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || undefined;
  }
  return undefined;
}

function serialise(name: string, value: string, secure: boolean, maxAge?: number): string {
  return [
    `${name}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
    ...(maxAge === undefined ? [] : [`Max-Age=${maxAge}`]),
  ].join("; ");
}

export const sessionToken = (request: Request) => readCookie(request, names(request).session);
export const preToken = (request: Request) => readCookie(request, names(request).pre);

/** A browser-session cookie: the server decides when the session ends (idle and absolute limits). */
export function setSessionCookie(request: Request, token: string): string {
  const n = names(request);
  return serialise(n.session, token, n.secure);
}

export function clearSessionCookie(request: Request): string {
  const n = names(request);
  return serialise(n.session, "", n.secure, 0);
}

export function setPreCookie(request: Request, token: string): string {
  const n = names(request);
  return serialise(n.pre, token, n.secure, 3600);
}

export function clearPreCookie(request: Request): string {
  const n = names(request);
  return serialise(n.pre, "", n.secure, 0);
}
