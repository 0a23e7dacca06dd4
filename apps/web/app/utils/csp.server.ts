/**
 * The Content-Security-Policy for one HTML response. Only our own origin, ever: no third-party
 * requests. Pages that do not hydrate allow only the nonce'd quick-exit script (public/quick-exit.js).
 */
export function contentSecurityPolicy({ nonce, scripts }: { nonce: string; scripts: boolean }) {
  return [
    "default-src 'self'",
    scripts ? `script-src 'self' 'nonce-${nonce}'` : `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}
