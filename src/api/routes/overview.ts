import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Catalogue } from '../../detect/catalogue/catalogue-schema.js';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import { alertOverviewRepository } from '../../store/alerts/alert-overview-repository.js';
import { UNRESOLVED_STATUSES } from '../../triage/case-status.js';
import { presentOverview } from '../presenters/overview-presenter.js';
import { requirePermission } from '../request-actor.js';
import { Overview } from '../schemas/overview-schemas.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

const Typologies = Type.Object({
  version: Type.String({ description: 'Version of the catalogue.' }),
  pillars: Catalogue.properties.pillars,
  items: Catalogue.properties.typologies,
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

/** GET /overview and GET /typologies: the state of the caller's alerts, and what each typology means. */
export const overviewRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/overview',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Unresolved alerts in scope by severity and typology, with the value and gold at stake',
        response: { 200: Overview, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const rows = await alertOverviewRepository.tally(app.db, actor.scope, UNRESOLVED_STATUSES);
      const byStatus = await alertOverviewRepository.countByStatus(app.db, actor.scope);
      return presentOverview(rows, byStatus, builtinCatalogue());
    },
  );

  app.get(
    '/typologies',
    {
      schema: {
        tags: ['alerts'],
        summary:
          'The typology catalogue: every typology with its names, formula, thresholds and severity rule, in Spanish and English',
        response: { 200: Typologies, ...errorResponses(...SIGNED_IN) },
      },
    },
    (request) => {
      requirePermission(request, 'read');
      const catalogue = builtinCatalogue();
      const count = catalogue.typologies.length;
      return {
        version: catalogue.version,
        pillars: catalogue.pillars,
        items: catalogue.typologies,
        total: count,
        limit: count,
        offset: 0,
      };
    },
  );
  return Promise.resolve();
};
