/** The prefix of every keyed token: `TK:<key id>:<HMAC-SHA-256 in base64url>`. */
export const TOKEN_PREFIX = 'TK:';

/** A linkage key's id as tokens and encodings carry it. */
const KEY_ID = '[A-Za-z0-9_-]{1,32}';

/** A keyed token's shape, for schemas: the key id, then 32 bytes of HMAC in base64url. */
export const TOKEN_PATTERN = `^TK:${KEY_ID}:[A-Za-z0-9_-]{43}$`;

const TOKEN = new RegExp(TOKEN_PATTERN);
const KEY_ID_ONLY = new RegExp(`^${KEY_ID}$`);

/** Whether a value has the shape of a linkage key's id. */
export function isKeyId(value: unknown): value is string {
  return typeof value === 'string' && KEY_ID_ONLY.test(value);
}

/** The id of the linkage key a token was made under. */
export function tokenKeyId(token: string): string {
  return token.slice(TOKEN_PREFIX.length).split(':')[0] ?? '';
}

/** Whether a value is a keyed token: what a pseudonymised person's id and documents become. */
export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}
