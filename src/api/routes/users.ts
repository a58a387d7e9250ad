import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addUser, changeUser } from '../../access/user-admin.js';
import { userRepository } from '../../store/users/user-repository.js';
import { ManagedUserSchema, presentManagedUser } from '../presenters/user.js';
import { requirePermission } from '../request-actor.js';
import { managerOf } from '../request-manager.js';

const Page = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const UserList = Type.Object({
  items: Type.Array(ManagedUserSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

const Countries = Type.Union(
  [Type.Array(Type.String(), { minItems: 1, maxItems: 10 }), Type.Literal('ALL')],
  {
    description: 'Country codes (BO, CO, EC, PE) the user sees, or "ALL"',
  },
);
const Role = Type.String({ description: 'viewer, analyst, supervisor, admin or auditor' });

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
        querystring: Page,
        response: { 200: UserList },
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
        response: { 201: CreatedUser },
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
        response: { 200: ManagedUserSchema },
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
