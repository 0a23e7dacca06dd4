import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signs a form-carried value with HMAC-SHA256 so the server can trust what comes back.
 * Format: `<payload>.<signature>`, both base64url, so the value is safe in any form field.
 */
export function sign(payload: string, secret: string): string {
  return `${payload}.${mac(payload, secret)}`;
}

/** The payload when the signature is right; null when the value was altered or is malformed. */
export function verify(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), "base64url");
  const expected = Buffer.from(mac(payload, secret), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return payload;
}

function mac(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}
