import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { revokeManagedTokens, tokensOfManagedUser } from '../../access/managed-tokens.js';
import { presentToken, TokenList, TokenPageQuery, TokenSchema } from '../presenters/user.js';
import { requirePermission } from '../request-actor.js';
import { managerOf } from '../request-manager.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

const Revoked = Type.Object({
  items: Type.Array(TokenSchema, { description: 'The tokens this request revoked' }),
});

const UserId = Type.Object({ id: Type.String({ maxLength: 100 }) });

/** GET|DELETE /users/:id/tokens, DELETE /users/:id/tokens/:tokenId: another user's API tokens, for administrators. */
export const userTokenRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['users'],
        summary: "A user's API tokens, newest first, revoked ones included (never the tokens themselves)",
        params: UserId,
        querystring: TokenPageQuery,
        response: { 200: TokenList, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'manage-users');
      const { limit, offset } = request.query;
      const page = await tokensOfManagedUser(app.db, request.params.id, managerOf(actor, request), {
        limit,
        offset,
      });
      return { items: page.items.map(presentToken), total: page.total, limit, offset };
    },
  );

  app.delete(
    '/users/:id/tokens',
    {
      schema: {
        tags: ['users'],
        summary: 'Revoke every API token of a user; their scripts stop working at once',
        params: UserId,
        response: { 200: Revoked, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'manage-users');
      const { revoked } = await revokeManagedTokens(
        app.db,
        request.params.id,
        null,
        managerOf(actor, request),
      );
      return { items: revoked.map(presentToken) };
    },
  );

  app.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: {
        tags: ['users'],
        summary: 'Revoke one API token of a user',
        params: Type.Object({
          id: Type.String({ maxLength: 100 }),
          tokenId: Type.String({ maxLength: 100 }),
        }),
        response: { 200: TokenSchema, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'manage-users');
      const { params } = request;
      const { revoked } = await revokeManagedTokens(
        app.db,
        params.id,
        params.tokenId,
        managerOf(actor, request),
      );
      const [token] = revoked;
      if (token === undefined) throw new Error('revoking one token returned none');
      return presentToken(token);
    },
  );
  return Promise.resolve();
};
