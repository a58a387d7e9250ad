import type { Scope } from '../scope/scope.js';
import { scopeCoversCondition } from '../scope/scope-sql.js';
import type { Queryable } from '../engine/database.js';

/** A user as stored, without the password hash (read it with `passwordHashOf`). */
export interface StoredUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  /** Countries the user sees; null means every country. */
  countries: string[] | null;
  agency: string | null;
  disabled: boolean;
  createdAt: Date;
}

/** What creating a user needs; the password arrives already hashed. */
export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  countries: readonly string[] | null;
  agency: string | null;
}

/** The changes an administrator may make to a user; absent fields stay as they are. */
export interface UserChanges {
  displayName?: string | undefined;
  role?: string | undefined;
  countries?: readonly string[] | null | undefined;
  agency?: string | null | undefined;
  disabled?: boolean | undefined;
  passwordHash?: string | undefined;
}

/** An API token as its owner sees it: never the token itself, which is shown only once. */
export interface StoredToken {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  countries: string[] | null;
  agency: string | null;
  disabled: boolean;
  created_at: Date;
}

interface TokenRow {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const USER_COLUMNS =
  'u.id, u.username, u.display_name, u.role, u.countries, u.agency, u.disabled, u.created_at';

// Writing last_seen/last_used on every request would turn every read into a write: once a minute is enough.
const TOUCH_INTERVAL = "interval '1 minute'";

/** Storage of users, their sessions and their API tokens: all of access control's SQL. */
export const userRepository = {
  /** Creates a user; null when the username (ignoring case) is taken. */
  async create(db: Queryable, user: NewUser): Promise<StoredUser | null> {
    const rows = await db.query<UserRow>(
      `INSERT INTO app_user AS u (username, display_name, password_hash, role, countries, agency)
       VALUES ($1, $2, $3, $4, $5::text[], $6)
       ON CONFLICT ((lower(username))) DO NOTHING
       RETURNING ${USER_COLUMNS}`,
      [user.username, user.displayName, user.passwordHash, user.role, user.countries, user.agency],
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** The user with this id, or null; with a scope, only a user who sees no more than it covers. */
  async byId(db: Queryable, id: string, within?: Scope): Promise<StoredUser | null> {
    if (!isUuid(id)) return null;
    const params: unknown[] = [id];
    const covered = within ? scopeCoversCondition(within, 'u.countries', params) : 'TRUE';
    const rows = await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1 AND ${covered}`,
      params,
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** The user with this username, ignoring case; null when unknown. */
  async byUsername(db: Queryable, username: string): Promise<StoredUser | null> {
    const rows = await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE lower(u.username) = lower($1)`,
      [username],
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** Every user not disabled, by display name: the people an alert can be given to. */
  async active(db: Queryable): Promise<StoredUser[]> {
    const rows = await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE NOT u.disabled ORDER BY lower(u.display_name), u.username`,
    );
    return rows.map(fromUserRow);
  },

  /** The user with this username, ignoring case, with their password hash; null when unknown. */
  async forSignIn(
    db: Queryable,
    username: string,
  ): Promise<{ user: StoredUser; passwordHash: string } | null> {
    const rows = await db.query<UserRow & { password_hash: string }>(
      `SELECT ${USER_COLUMNS}, u.password_hash FROM app_user u WHERE lower(u.username) = lower($1)`,
      [username],
    );
    const row = rows[0];
    return row ? { user: fromUserRow(row), passwordHash: row.password_hash } : null;
  },

  /** The users who see no more than the scope covers, by username, with the total for paging. */
  async list(
    db: Queryable,
    within: Scope,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredUser[]; total: number }> {
    const params: unknown[] = [];
    const covered = scopeCoversCondition(within, 'u.countries', params);
    const count = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM app_user u WHERE ${covered}`,
      params,
    );
    params.push(page.limit, page.offset);
    const rows = await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE ${covered}
       ORDER BY lower(u.username), u.id LIMIT $${String(params.length - 1)} OFFSET $${String(params.length)}`,
      params,
    );
    return { items: rows.map(fromUserRow), total: count[0]?.total ?? 0 };
  },

  /** Applies the changes and returns the user as changed; null when there is no such user. */
  async update(db: Queryable, id: string, changes: UserChanges): Promise<StoredUser | null> {
    if (!isUuid(id)) return null;
    const rows = await db.query<UserRow>(
      `UPDATE app_user u SET
         display_name = CASE WHEN $2 THEN $3 ELSE u.display_name END,
         role = CASE WHEN $4 THEN $5 ELSE u.role END,
         countries = CASE WHEN $6 THEN $7::text[] ELSE u.countries END,
         agency = CASE WHEN $8 THEN $9 ELSE u.agency END,
         disabled = CASE WHEN $10 THEN $11 ELSE u.disabled END,
         password_hash = CASE WHEN $12 THEN $13 ELSE u.password_hash END
       WHERE u.id = $1
       RETURNING ${USER_COLUMNS}`,
      [
        id,
        changes.displayName !== undefined,
        changes.displayName ?? null,
        changes.role !== undefined,
        changes.role ?? null,
        changes.countries !== undefined,
        changes.countries ?? null,
        changes.agency !== undefined,
        changes.agency ?? null,
        changes.disabled !== undefined,
        changes.disabled ?? null,
        changes.passwordHash !== undefined,
        changes.passwordHash ?? null,
      ],
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** Records a new session for the user, valid until `expiresAt`, and forgets sessions long expired. */
  async createSession(
    db: Queryable,
    session: { sha256: string; userId: string; expiresAt: Date },
  ): Promise<void> {
    await db.query(`DELETE FROM user_session WHERE expires_at < now() - interval '1 day'`);
    await db.query(`INSERT INTO user_session (token_sha256, user_id, expires_at) VALUES ($1, $2, $3)`, [
      session.sha256,
      session.userId,
      session.expiresAt,
    ]);
  },

  /**
   * The enabled user whose session this is, when it has not expired and was used within the idle
   * limit; marks it seen. Null otherwise.
   */
  async userOfSession(db: Queryable, sha256: string, idleSeconds: number): Promise<StoredUser | null> {
    const rows = await db.query<UserRow>(
      `WITH found AS (
         SELECT s.token_sha256, s.last_seen_at, ${USER_COLUMNS}
         FROM user_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_sha256 = $1 AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(secs => $2) AND NOT u.disabled
       ), touched AS (
         UPDATE user_session s SET last_seen_at = now()
         FROM found f WHERE s.token_sha256 = f.token_sha256 AND f.last_seen_at < now() - ${TOUCH_INTERVAL}
       )
       SELECT * FROM found`,
      [sha256, idleSeconds],
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** Ends a session; nothing happens when there is none. */
  async deleteSession(db: Queryable, sha256: string): Promise<void> {
    await db.query(`DELETE FROM user_session WHERE token_sha256 = $1`, [sha256]);
  },

  /** Ends every session of a user, as when they are disabled or their password changes. */
  async deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
    await db.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  },

  /** Records a new API token for the user. */
  async createToken(
    db: Queryable,
    token: { userId: string; name: string; sha256: string },
  ): Promise<StoredToken> {
    const rows = await db.query<TokenRow>(
      `INSERT INTO api_token (user_id, name, token_sha256) VALUES ($1, $2, $3)
       RETURNING id, name, created_at, last_used_at, revoked_at`,
      [token.userId, token.name, token.sha256],
    );
    const row = rows[0];
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return fromTokenRow(row);
  },

  /** The enabled user whose unrevoked token this is; marks the token used. Null otherwise. */
  async userOfToken(db: Queryable, sha256: string): Promise<StoredUser | null> {
    const rows = await db.query<UserRow>(
      `WITH found AS (
         SELECT t.id AS token_id, t.last_used_at, ${USER_COLUMNS}
         FROM api_token t JOIN app_user u ON u.id = t.user_id
         WHERE t.token_sha256 = $1 AND t.revoked_at IS NULL AND NOT u.disabled
       ), touched AS (
         UPDATE api_token t SET last_used_at = now()
         FROM found f WHERE t.id = f.token_id
           AND (f.last_used_at IS NULL OR f.last_used_at < now() - ${TOUCH_INTERVAL})
       )
       SELECT * FROM found`,
      [sha256],
    );
    return rows[0] ? fromUserRow(rows[0]) : null;
  },

  /** The user's tokens, newest first, revoked ones included, with the total for paging. */
  async tokensOf(
    db: Queryable,
    userId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredToken[]; total: number }> {
    const rows = await db.query<TokenRow>(
      `SELECT id, name, created_at, last_used_at, revoked_at FROM api_token WHERE user_id = $1
       ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [userId, page.limit, page.offset],
    );
    const count = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM api_token WHERE user_id = $1`,
      [userId],
    );
    return { items: rows.map(fromTokenRow), total: count[0]?.total ?? 0 };
  },

  /** Revokes every token of the user not yet revoked; returns how many it revoked. */
  async revokeTokensOf(db: Queryable, userId: string): Promise<number> {
    const rows = await db.query<{ id: string }>(
      `UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    return rows.length;
  },

  /** Revokes one of the user's tokens; null when they have no token with that id. */
  async revokeToken(db: Queryable, userId: string, tokenId: string): Promise<StoredToken | null> {
    if (!isUuid(tokenId)) return null;
    const rows = await db.query<TokenRow>(
      `UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND user_id = $2
       RETURNING id, name, created_at, last_used_at, revoked_at`,
      [tokenId, userId],
    );
    return rows[0] ? fromTokenRow(rows[0]) : null;
  },
};

// A malformed id would make PostgreSQL raise on the uuid cast; it simply names no one.
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function fromUserRow(row: UserRow): StoredUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    countries: row.countries,
    agency: row.agency,
    disabled: row.disabled,
    createdAt: row.created_at,
  };
}

function fromTokenRow(row: TokenRow): StoredToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
