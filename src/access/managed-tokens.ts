import { countriesOfUser } from '../audit/audit-countries.js';
import { appendAudit } from '../audit/append-audit.js';
import { VetaError } from '../core/veta-error.js';
import type { Database, Queryable } from '../store/engine/database.js';
import { userRepository, type StoredToken, type StoredUser } from '../store/users/user-repository.js';
import type { UserManager } from './user-admin.js';

/** A page of one user's API tokens, as their administrator sees it. */
export interface ManagedTokenPage {
  readonly user: StoredUser;
  readonly items: StoredToken[];
  readonly total: number;
}

/** The API tokens of a user the manager's scope covers (NOT_FOUND otherwise), newest first. */
export async function tokensOfManagedUser(
  db: Queryable,
  userId: string,
  manager: UserManager,
  page: { limit: number; offset: number },
): Promise<ManagedTokenPage> {
  const user = await managedUser(db, userId, manager);
  return { user, ...(await userRepository.tokensOf(db, user.id, page)) };
}

/**
 * Revokes one API token of a user the manager's scope covers, or every one of them when `tokenId`
 * is null, audited in the same transaction. Returns the tokens it revoked (an already revoked one
 * comes back as it was).
 */
export async function revokeManagedTokens(
  db: Database,
  userId: string,
  tokenId: string | null,
  manager: UserManager,
): Promise<{ user: StoredUser; revoked: StoredToken[] }> {
  return db.transaction(async (tx) => {
    const user = await managedUser(tx, userId, manager);
    const revoked = tokenId === null ? await revokeAll(tx, user) : [await revokeOne(tx, user, tokenId)];
    await appendAudit(tx, {
      actorId: manager.id,
      actorUsername: manager.username,
      action: 'user.tokens_revoked',
      subjectKind: 'user',
      subjectId: user.id,
      countries: countriesOfUser(user),
      details: {
        ...manager.context,
        username: user.username,
        tokens: revoked.map((token) => ({ id: token.id, name: token.name })),
      },
    });
    return { user, revoked };
  });
}

async function revokeAll(tx: Queryable, user: StoredUser): Promise<StoredToken[]> {
  const before = await userRepository.tokensOf(tx, user.id, { limit: 100_000, offset: 0 });
  await userRepository.revokeTokensOf(tx, user.id);
  return before.items.filter((token) => token.revokedAt === null);
}

async function revokeOne(tx: Queryable, user: StoredUser, tokenId: string): Promise<StoredToken> {
  const token = await userRepository.revokeToken(tx, user.id, tokenId);
  if (token === null) {
    throw new VetaError(
      'NOT_FOUND',
      `${user.username} has no API token with id ${tokenId}; list their tokens first.`,
    );
  }
  return token;
}

async function managedUser(db: Queryable, userId: string, manager: UserManager): Promise<StoredUser> {
  const user = await userRepository.byId(db, userId, manager.scope);
  if (user === null) throw new VetaError('NOT_FOUND', `There is no user with id ${userId} that you manage.`);
  return user;
}
