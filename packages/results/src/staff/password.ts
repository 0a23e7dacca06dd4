import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * scrypt at OWASP's minimum for password storage: N = 2^17, r = 8, p = 1 (128 MiB and roughly a
 * third of a second per hash on one core here). Node refuses anything above `maxmem` (32 MiB by
 * default), so it is raised to twice what these parameters need.
 */
export const SCRYPT = { logN: 17, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$17$8$1$<salt>$<key>` (base64url): the parameters travel with the hash, so they can rise later. */
export async function hashPassword(password: string, logN: number = SCRYPT.logN): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, logN, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return ["scrypt", logN, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(logN), Number(r), Number(p), expected.length);
  return timingSafeEqual(actual, expected);
}

const dummies = new Map<number, Promise<string>>();

/** Spends the same time as a real check, so an unknown name cannot be told apart by the delay. */
export async function spendVerifyTime(password: string, logN: number = SCRYPT.logN): Promise<void> {
  let dummy = dummies.get(logN);
  if (!dummy) dummies.set(logN, (dummy = hashPassword(randomBytes(16).toString("hex"), logN)));
  await verifyPassword(password, await dummy);
}
