import { Type, type Static } from 'typebox';
import type { StoredToken, StoredUser } from '../../store/users/user-repository.js';

/** A user as the API shows them: never the password hash. */
export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String({ description: 'viewer, analyst, supervisor, admin or auditor' }),
  countries: Type.Union([Type.Array(Type.String()), Type.Literal('ALL')], {
    description: 'ISO alpha-2 codes of the countries the user sees, or "ALL"',
  }),
  agency: Type.Union([Type.String(), Type.Null()]),
});

/** A user with the fields administrators manage. */
export const ManagedUserSchema = Type.Intersect([
  UserSchema,
  Type.Object({ disabled: Type.Boolean(), createdAt: Type.String({ format: 'date-time' }) }),
]);

/** An API token as listed: its name and use, never the token itself. */
export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** The paging of a token list: one's own or, for an administrator, a user's. */
export const TokenPageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

/** A page of API tokens. */
export const TokenList = Type.Object({
  items: Type.Array(TokenSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

/** The user in the API's shape. */
export function presentUser(user: StoredUser): Static<typeof UserSchema> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    countries: user.countries ?? 'ALL',
    agency: user.agency,
  };
}

/** The user with the fields administrators manage. */
export function presentManagedUser(user: StoredUser): Static<typeof ManagedUserSchema> {
  return { ...presentUser(user), disabled: user.disabled, createdAt: user.createdAt.toISOString() };
}

/** The token in the API's shape. */
export function presentToken(token: StoredToken): Static<typeof TokenSchema> {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
