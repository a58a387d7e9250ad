import { createHash, randomBytes } from 'node:crypto';

/** A random secret handed to a client once, and the SHA-256 the database keeps instead of it. */
export interface Secret {
  readonly value: string;
  readonly sha256: string;
}

/** API tokens carry a prefix so a leaked one is recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'veta_';

/** A new session cookie value: 256 random bits. */
export function newSessionSecret(): Secret {
  return secret(randomBytes(32).toString('base64url'));
}

/** A new API token: the prefix and 256 random bits. */
export function newApiToken(): Secret {
  return secret(`${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`);
}

/** The SHA-256 (hex) under which a presented cookie or token is looked up. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

function secret(value: string): Secret {
  return { value, sha256: sha256Hex(value) };
}
