import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ROLES } from '../../access/actor.js';
import { addUser, changeUser } from '../../access/user-admin.js';
import { SCOPE_COUNTRIES } from '../../access/user-rules.js';
import { userRepository } from '../../store/users/user-repository.js';
import { ManagedUserSchema, presentManagedUser } from '../presenters/user.js';
import { requirePermission } from '../request-actor.js';
import { managerOf } from '../request-manager.js';
import { Page, pageQuery } from '../schemas/common.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';
import { wordList } from '../../core/word-list.js';

const UserPageQuery = Type.Object(pageQuery(500, 100));

const UserList = Page(ManagedUserSchema);

const Countries = Type.Union(
  [Type.Array(Type.String(), { minItems: 1, maxItems: 10 }), Type.Literal('ALL')],
  {
    description: `Country codes (${SCOPE_COUNTRIES.join(', ')}) the user sees, or "ALL"`,
  },
);
const Role = Type.String({ description: wordList(ROLES) });

const NewUser = Type.Object({
  username: Type.String({ minLength: 2, maxLength: 64 }),
  displayName: Type.Optional(Type.String({ maxLength: 200 })),
  password: Type.Optional(
    Type.String({ maxLength: 1024, description: 'Generated and returned once when absent' }),
  ),
  role: Role,
  countries: Countries,
  agency: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
});

const CreatedUser = Type.Intersect([
  ManagedUserSchema,
  Type.Object({
    password: Type.Optional(Type.String({ description: 'The generated password, shown only here' })),
  }),
]);

const UserPatch = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Role),
    countries: Type.Optional(Countries),
    agency: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** GET|POST /users, PATCH /users/:id: user management for administrators, within their scope. */
export const userRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'The users you manage (those who see no more countries than you), by username',
        querystring: UserPageQuery,
        response: { 200: UserList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'manage-users');
      const { limit, offset } = request.query;
      const page = await userRepository.list(app.db, actor.scope, { limit, offset });
      return { items: page.items.map(presentManagedUser), total: page.total, limit, offset };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user; the password is generated and shown once when none is given',
        body: NewUser,
        response: { 201: CreatedUser, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 409) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'manage-users');
      const { user, generatedPassword } = await addUser(app.db, request.body, managerOf(actor, request));
      const body = presentManagedUser(user);
      return reply
        .code(201)
        .send(generatedPassword === null ? body : { ...body, password: generatedPassword });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary:
          "Change a user's name, role, countries, agency or password, or disable them; a new password, a disable or an enable ends their sessions and revokes their API tokens",
        params: Type.Object({ id: Type.String() }),
        body: UserPatch,
        response: { 200: ManagedUserSchema, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 409) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'manage-users');
      const user = await changeUser(app.db, request.params.id, request.body, managerOf(actor, request));
      return presentManagedUser(user);
    },
  );
  return Promise.resolve();
};
