import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const Health = Type.Object({
  status: Type.Literal('ok'),
  engine: Type.String({ description: 'pglite or postgres' }),
});

/** GET /api/health: whether the server and its database answer; open to everyone. */
export const healthRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Server and database health',
        security: [],
        response: { 200: Health },
      },
    },
    async () => {
      await app.db.query('SELECT 1');
      return { status: 'ok' as const, engine: app.db.engine };
    },
  );
  return Promise.resolve();
};
