import { appendAudit } from '../audit/append-audit.js';
import { auditCountries, countriesOfUser } from '../audit/audit-countries.js';
import { VetaError } from '../core/veta-error.js';
import type { Database, Queryable } from '../store/engine/database.js';
import type { Scope } from '../store/scope/scope.js';
import { userRepository, type StoredUser, type UserChanges } from '../store/users/user-repository.js';
import { generatePassword, hashPassword } from './passwords.js';
import { checkGrantable, checkPassword, checkUsername, parseCountries, parseRole } from './user-rules.js';

/** Who manages users: an administrator through the API, or an operator at the command line. */
export interface UserManager {
  readonly id: string | null;
  readonly username: string;
  readonly scope: Scope;
  /** Recorded with each audit entry (e.g. the client's address). */
  readonly context?: Record<string, unknown>;
}

/** A new user as asked for; the password is generated when absent. */
export interface UserRequest {
  readonly username: string;
  readonly displayName?: string | undefined;
  readonly password?: string | undefined;
  readonly role: string;
  readonly countries: string | readonly string[];
  readonly agency?: string | null | undefined;
}

/** Changes asked for one user; absent fields stay as they are. */
export interface UserChangeRequest {
  readonly displayName?: string | undefined;
  readonly role?: string | undefined;
  readonly countries?: string | readonly string[] | undefined;
  readonly agency?: string | null | undefined;
  readonly disabled?: boolean | undefined;
  readonly password?: string | undefined;
}

/**
 * Creates a user after checking every field, and records it in the audit trail in the same
 * transaction. Returns the password too when it was generated: it is shown once, never stored.
 */
export async function addUser(
  db: Database,
  request: UserRequest,
  manager: UserManager,
): Promise<{ user: StoredUser; generatedPassword: string | null }> {
  const username = checkUsername(request.username);
  const role = parseRole(request.role);
  const countries = parseCountries(request.countries);
  checkGrantable(manager.scope, countries);
  const generatedPassword = request.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(generatedPassword ?? checkPassword(request.password ?? ''));
  const user = await db.transaction(async (tx) => {
    const created = await userRepository.create(tx, {
      username,
      displayName: request.displayName?.trim() || username,
      passwordHash,
      role,
      countries,
      agency: request.agency?.trim() || null,
    });
    if (created === null) {
      throw new VetaError(
        'CONFLICT',
        `Username "${username}" is taken (usernames ignore case); choose another.`,
      );
    }
    await appendAudit(tx, {
      actorId: manager.id,
      actorUsername: manager.username,
      action: 'user.create',
      subjectKind: 'user',
      subjectId: created.id,
      countries: countriesOfUser(created),
      details: { ...manager.context, username, role, countries: countries ?? 'ALL', agency: created.agency },
    });
    return created;
  });
  return { user, generatedPassword };
}

/**
 * Changes a user the manager's scope covers (NOT_FOUND otherwise), audited in the same
 * transaction. Disabling or enabling a user, or setting their password, ends every session and
 * revokes every API token they had, in that transaction. A manager cannot
 * disable themselves or change their own role, so an administrator cannot lock everyone out.
 */
export async function changeUser(
  db: Database,
  id: string,
  request: UserChangeRequest,
  manager: UserManager,
): Promise<StoredUser> {
  const changes: UserChanges = {
    displayName: request.displayName?.trim() || undefined,
    role: request.role === undefined ? undefined : parseRole(request.role),
    countries: request.countries === undefined ? undefined : parseCountries(request.countries),
    agency: request.agency === undefined ? undefined : request.agency?.trim() || null,
    disabled: request.disabled,
    passwordHash:
      request.password === undefined ? undefined : await hashPassword(checkPassword(request.password)),
  };
  if (changes.countries !== undefined) checkGrantable(manager.scope, changes.countries);
  return db.transaction(async (tx) => {
    const before = await userRepository.byId(tx, id, manager.scope);
    if (before === null) throw new VetaError('NOT_FOUND', `There is no user with id ${id} that you manage.`);
    if (
      before.id === manager.id &&
      (changes.disabled === true || (changes.role ?? before.role) !== before.role)
    ) {
      throw new VetaError(
        'CONFLICT',
        'You cannot disable your own account or change your own role; ask another administrator.',
      );
    }
    const after = await userRepository.update(tx, id, changes);
    if (after === null) throw new VetaError('NOT_FOUND', `There is no user with id ${id}.`);
    const tokensRevoked = endsCredentials(before, changes) ? await endCredentialsOf(tx, id) : 0;
    await appendAudit(tx, {
      actorId: manager.id,
      actorUsername: manager.username,
      action: 'user.update',
      subjectKind: 'user',
      subjectId: id,
      // Both scopes: the change concerns the countries the user leaves as much as those they join.
      countries: auditCountries([...countriesOfUser(before), ...countriesOfUser(after)]),
      details: {
        ...manager.context,
        username: after.username,
        changes: describeChanges(before, after, changes),
        ...(tokensRevoked > 0 ? { tokensRevoked } : {}),
      },
    });
    return after;
  });
}

/**
 * Whether a change must end the user's sessions and tokens: a new password (whoever knew the old
 * one may hold them), a disable, and an enable too, so tokens from before a disable never revive
 * (not even those left by a Veta that did not revoke them at the disable).
 */
function endsCredentials(before: StoredUser, changes: UserChanges): boolean {
  const toggled = changes.disabled !== undefined && changes.disabled !== before.disabled;
  return toggled || changes.passwordHash !== undefined;
}

/** Ends every session and revokes every API token of the user; returns how many tokens it revoked. */
export async function endCredentialsOf(db: Queryable, userId: string): Promise<number> {
  await userRepository.deleteSessionsOf(db, userId);
  return userRepository.revokeTokensOf(db, userId);
}

/** Each changed field with its old and new value; a new password only as "changed". */
function describeChanges(
  before: StoredUser,
  after: StoredUser,
  changes: UserChanges,
): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  const fields = ['displayName', 'role', 'countries', 'agency', 'disabled'] as const;
  for (const field of fields) {
    const [from, to] = [before[field], after[field]];
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      described[field] = field === 'countries' ? { from: from ?? 'ALL', to: to ?? 'ALL' } : { from, to };
    }
  }
  if (changes.passwordHash !== undefined) described.password = 'changed';
  return described;
}
