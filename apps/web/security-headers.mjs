// Headers sent with every response. The CSP allows only our own origin: no third-party requests.
// `Referrer-Policy: same-origin` sends no referrer to any other site (a help link never tells
// another site that its reader came from a trafficking quiz) and lets our own form posts carry
// their real Origin; `no-referrer` made browsers send `Origin: null` on them, which the origin
// check (origin-check.mjs) must refuse, since forged posts from sandboxed frames send it too.
// Inline styles are not needed; inline scripts are not allowed (Remix's hydration data is a
// JSON script that React reads, not one the browser executes, but its bootstrap module is inline,
// so pages that hydrate get a per-response nonce from entry.server).
export const PERMISSIONS_POLICY = [
  "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()",
  "accelerometer=()", "gyroscope=()", "magnetometer=()", "display-capture=()",
].join(", ");

/**
 * For fingerprinted scripts, styles and images: the headers that mean something on a subresource.
 * The document-only ones (framing, permissions, opener) do nothing there, and on a cheap phone's
 * HTTP/1.1 connection they would cost ~300 bytes on every asset.
 */
export function assetHeaders(_req, res, next) {
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  next();
}

export function securityHeaders(_req, res, next) {
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  next();
}
