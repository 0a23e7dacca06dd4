import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";

it("hashes with scrypt N=2^17, r=8, p=1, a 16-byte salt and a 32-byte key, salted anew each time", async () => {
  const a = await hashPassword("lantern-mango-drizzle-harbour");
  const b = await hashPassword("lantern-mango-drizzle-harbour");
  expect(a).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword("lantern-mango-drizzle-harbour", a)).toBe(true);
  expect(await verifyPassword("lantern-mango-drizzle-harbouR", a)).toBe(false);
  expect(await verifyPassword("lantern-mango-drizzle-harbour", "plain$text")).toBe(false);
  // Four hashes of 128 MiB each: a third of a second apiece alone, much longer on a busy machine.
}, 90_000);

it("accepts long unusual passphrases and refuses short, leaked and patterned ones", async () => {
  expect(await passwordProblem("lantern-mango-drizzle-harbour")).toBeUndefined();
  expect(await passwordProblem("kopi tubruk di pasar minggu pagi")).toBeUndefined();
  expect(await passwordProblem("Sh0rt!pass")).toBe("password-too-short");
  expect(await passwordProblem("password12345678")).toBe("password-too-common");
  expect(await passwordProblem("qwertyuiopasdfghjkl")).toBe("password-too-common");
  expect(await passwordProblem("aaaaaaaaaaaaaaaaaaaa")).toBe("password-too-common");
  expect(await passwordProblem("ratnasari123456789", ["ratnasari"])).toBe("password-too-common");
  expect(await passwordProblem("x".repeat(300))).toBe("password-too-long");
});
