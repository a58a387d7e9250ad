import { countriesOfUser } from '../audit/audit-countries.js';
import { appendAudit } from '../audit/append-audit.js';
import { VetaError } from '../core/veta-error.js';
import type { Database } from '../store/engine/database.js';
import { userRepository, type StoredUser } from '../store/users/user-repository.js';
import { hashPassword, NO_PASSWORD, verifyPassword } from './passwords.js';
import { endCredentialsOf } from './user-admin.js';
import { checkPassword } from './user-rules.js';

/**
 * A user changes their own password, proving they know the current one. Every session and API
 * token they had ends in the same transaction, so whoever learnt the old password (or took a
 * token) is shut out; the caller starts a fresh session if it needs one.
 */
export async function changeOwnPassword(
  db: Database,
  userId: string,
  passwords: { current: string; next: string },
  context: Record<string, unknown> = {},
): Promise<StoredUser> {
  const next = checkPassword(passwords.next);
  const user = await userRepository.byId(db, userId);
  const found = user === null ? null : await userRepository.forSignIn(db, user.username);
  const matches = await verifyPassword(passwords.current, found?.passwordHash ?? NO_PASSWORD);
  if (found === null || !matches) {
    throw new VetaError(
      'FORBIDDEN',
      'The current password is wrong: type it again, or ask an administrator to reset it.',
    );
  }
  const passwordHash = await hashPassword(next);
  return db.transaction(async (tx) => {
    const after = await userRepository.update(tx, found.user.id, { passwordHash });
    if (after === null) throw new VetaError('NOT_FOUND', 'Your account no longer exists.');
    const tokensRevoked = await endCredentialsOf(tx, after.id);
    await appendAudit(tx, {
      actorId: after.id,
      actorUsername: after.username,
      action: 'user.password_changed',
      subjectKind: 'user',
      subjectId: after.id,
      countries: countriesOfUser(after),
      details: { ...context, username: after.username, tokensRevoked },
    });
    return after;
  });
}
