import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, PUBLIC } from '../schemas/error-responses.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  engine: Type.Optional(Type.String({ description: 'pglite or postgres; only for a signed-in caller' })),
});

/**
 * GET /api/health: whether the server and its database answer; open to everyone, so a load
 * balancer can ask, but which database engine answers is told only to a signed-in caller.
 */
export const healthRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Server and database health (the engine only for a signed-in caller)',
        security: [],
        response: { 200: Health, ...errorResponses(...PUBLIC) },
      },
    },
    async (request) => {
      await app.db.query('SELECT 1');
      // What runs behind the API helps an attacker choose an exploit, and nobody else needs it.
      if (request.actor === null) return { status: 'ok' as const };
      return { status: 'ok' as const, engine: app.db.engine };
    },
  );
  return Promise.resolve();
};
