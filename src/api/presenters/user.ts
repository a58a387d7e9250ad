import { REGION_COUNTRIES } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { PERMISSIONS, permissionsOf, ROLES, type Role } from '../../access/actor.js';
import type { StoredToken, StoredUser } from '../../store/users/user-repository.js';
import { Page, pageQuery } from '../schemas/common.js';
import { wordList } from '../../core/word-list.js';

/** A user as the API shows them: never the password hash. */
export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String({ enum: [...ROLES], description: wordList(ROLES) }),
  countries: Type.Union([Type.Array(Type.String({ enum: [...REGION_COUNTRIES] })), Type.Literal('ALL')], {
    description: 'ISO alpha-2 codes of the countries the user sees, or "ALL"',
  }),
  agency: Type.Union([Type.String(), Type.Null()]),
});

/** The signed-in user, with what their role lets them do: the web app offers only that. */
export const MeSchema = Type.Object({
  ...UserSchema.properties,
  permissions: Type.Array(Type.Enum([...PERMISSIONS]), {
    description: "What the user's role lets them do; the server checks again on every request.",
  }),
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
export const TokenPageQuery = Type.Object(pageQuery(500, 100));

/** A page of API tokens. */
export const TokenList = Page(TokenSchema);

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

/** The signed-in user in the API's shape, with the permissions of the role they act in. */
export function presentMe(user: StoredUser, role: Role): Static<typeof MeSchema> {
  return { ...presentUser(user), permissions: permissionsOf(role) };
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
