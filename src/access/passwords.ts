import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64url): the parameters
 * travel with the hash, so they can be raised later without locking out anyone hashed before.
 */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** The hash stored for users who sign in only with API tokens: it matches no password. */
export const NO_PASSWORD = '!';

/** Shortest password accepted when a user is created or changes theirs. */
export const MIN_PASSWORD_LENGTH = 12;

/** A new salted scrypt hash of the password, in the stored format. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, DEFAULT_COST);
  const { N, r, p } = DEFAULT_COST;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * Whether the password matches the stored hash, compared in constant time. A hash in another format
 * (NO_PASSWORD, or damaged) matches nothing, after the same work, so timing reveals nothing either.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (match === null) {
    await derive(password, randomBytes(SALT_BYTES), DEFAULT_COST);
    return false;
  }
  const [n, r, p, salt, hash] = match.slice(1).map(String);
  const expected = Buffer.from(hash ?? '', 'base64url');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  try {
    const actual = await derive(password, Buffer.from(salt ?? '', 'base64url'), cost, expected.length);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    // Parameters scrypt refuses (a damaged hash) verify nothing rather than fail the request.
    return false;
  }
}

/** A random password for a new user, shown once: 20 base64url characters (120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

function derive(
  password: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
  keyBytes = KEY_BYTES,
): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; the default cap (32 MiB) is exactly the default cost, so allow twice.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
