import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../access/actor.js';
import { NO_PASSWORD } from '../../access/passwords.js';
import { newApiToken } from '../../access/secrets.js';
import type { Database } from '../../store/engine/database.js';
import { userRepository, type StoredUser } from '../../store/users/user-repository.js';

/** The scope and role of a test user. */
export interface TestUser {
  readonly role: Role;
  /** Country codes, or 'ALL' for a regional user. */
  readonly countries: readonly string[] | 'ALL';
  readonly agency?: string | null;
}

/**
 * Creates a fresh user with this role and scope, and an API token for them; returns the headers
 * that authenticate a request as that user: `app.inject({ ..., headers: await signedIn(...) })`.
 * The user has no password (token only), which keeps tests free of scrypt's deliberate cost.
 */
export async function signedIn(
  _app: FastifyInstance,
  db: Database,
  user: TestUser,
): Promise<{ authorization: string }> {
  return (await createSignedInUser(db, user)).headers;
}

/** As signedIn, also returning the stored user (for tests that need the id or username). */
export async function createSignedInUser(
  db: Database,
  user: TestUser,
): Promise<{ user: StoredUser; headers: { authorization: string } }> {
  const created = await userRepository.create(db, {
    username: `${user.role}-${randomBytes(6).toString('hex')}`,
    displayName: `Test ${user.role}`,
    passwordHash: NO_PASSWORD,
    role: user.role,
    countries: user.countries === 'ALL' ? null : user.countries,
    agency: user.agency ?? null,
  });
  if (created === null) throw new Error('a random test username was taken');
  const token = newApiToken();
  await userRepository.createToken(db, { userId: created.id, name: 'test', sha256: token.sha256 });
  return { user: created, headers: { authorization: `Bearer ${token.value}` } };
}
