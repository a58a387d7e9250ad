import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { newApiToken } from '../../access/secrets.js';
import { VetaError } from '../../core/veta-error.js';
import { userRepository } from '../../store/users/user-repository.js';
import { countriesOfScope } from '../../audit/audit-countries.js';
import { audit } from '../audit-request.js';
import { presentToken, TokenList, TokenPageQuery, TokenSchema } from '../presenters/user.js';
import { requireActor } from '../request-actor.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';

const NewToken = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) });

const CreatedToken = Type.Intersect([
  TokenSchema,
  Type.Object({ token: Type.String({ description: 'The token itself, shown only in this answer' }) }),
]);

/** GET|POST /auth/tokens, DELETE /auth/tokens/:id: the caller's own API tokens, for scripts. */
export const authTokenRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: "The caller's API tokens, newest first (never the tokens themselves)",
        querystring: TokenPageQuery,
        response: { 200: TokenList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { limit, offset } = request.query;
      const page = await userRepository.tokensOf(app.db, actor.userId, { limit, offset });
      return { items: page.items.map(presentToken), total: page.total, limit, offset };
    },
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token; the answer is the only time the token is shown',
        body: NewToken,
        response: { 201: CreatedToken, ...errorResponses(...SIGNED_IN, ...WITH_BODY) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const secret = newApiToken();
      const token = await app.db.transaction(async (tx) => {
        const created = await userRepository.createToken(tx, {
          userId: actor.userId,
          name: request.body.name,
          sha256: secret.sha256,
        });
        await audit(
          request,
          {
            action: 'auth.token_created',
            subjectKind: 'token',
            subjectId: created.id,
            countries: countriesOfScope(actor.scope.countries),
            details: { name: created.name },
          },
          { db: tx },
        );
        return created;
      });
      return reply.code(201).send({ ...presentToken(token), token: secret.value });
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of your API tokens',
        params: Type.Object({ id: Type.String() }),
        response: { 200: TokenSchema, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const token = await app.db.transaction(async (tx) => {
        const revoked = await userRepository.revokeToken(tx, actor.userId, request.params.id);
        if (revoked === null) return null;
        await audit(
          request,
          {
            action: 'auth.token_revoked',
            subjectKind: 'token',
            subjectId: revoked.id,
            countries: countriesOfScope(actor.scope.countries),
            details: { name: revoked.name },
          },
          { db: tx },
        );
        return revoked;
      });
      if (token === null)
        throw new VetaError('NOT_FOUND', `You have no API token with id ${request.params.id}.`);
      return presentToken(token);
    },
  );
  return Promise.resolve();
};
