import type { Queryable } from '../store/engine/database.js';
import { userRepository, type StoredUser } from '../store/users/user-repository.js';
import { NO_PASSWORD, verifyPassword } from './passwords.js';
import { actorOf } from './user-actor.js';

/** How a sign-in attempt ended. Only a right password learns that the account is disabled. */
export type SignInOutcome =
  | { readonly status: 'signed-in'; readonly user: StoredUser }
  | { readonly status: 'wrong-credentials' }
  | { readonly status: 'disabled'; readonly user: StoredUser };

/**
 * Checks a username (ignoring case) and password. An unknown username costs the same scrypt work
 * as a known one, so response times do not tell which usernames exist.
 */
export async function checkSignIn(db: Queryable, username: string, password: string): Promise<SignInOutcome> {
  const found = await userRepository.forSignIn(db, username);
  const matches = await verifyPassword(password, found?.passwordHash ?? NO_PASSWORD);
  if (found === null || !matches) return { status: 'wrong-credentials' };
  if (actorOf(found.user, 'session') === null) return { status: 'disabled', user: found.user };
  return { status: 'signed-in', user: found.user };
}
