import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { reconciliationQueries } from '../../store/reconciliation/reconciliation-queries.js';
import { presentBalance } from '../presenters/geography.js';
import { ReconciliationPage, ReconciliationQuery } from '../schemas/geography-schemas.js';
import { requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/** GET /reconciliation: the national gold balance by country and month, within the caller's countries. */
export const reconciliationRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/reconciliation',
    {
      schema: {
        tags: ['geography'],
        summary:
          'Gold produced, bought, exported and imported by partners, by country and month (fine kg, USD)',
        querystring: ReconciliationQuery,
        response: { 200: ReconciliationPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { country, from, to, limit, offset } = request.query;
      const rows = presentBalance(
        await reconciliationQueries.balance(app.db, actor.scope, { country, from, to }),
      );
      return { items: rows.slice(offset, offset + limit), total: rows.length, limit, offset };
    },
  );
  return Promise.resolve();
};
