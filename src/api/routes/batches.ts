import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { VetaError } from '../../core/veta-error.js';
import type { LoadedProfile } from '../../ingest/profiles/load-profiles.js';
import { layoutOwnerOf, type LayoutOwner } from '../../store/scope/layout-owner.js';
import { ingestBatchQueries } from '../../store/records/ingest-batch-queries.js';
import { presentBatch, presentQuarantinedRow } from '../presenters/data-presenter.js';
import { presentReport } from '../presenters/server-paths.js';
import { requirePermission } from '../request-actor.js';
import {
  BatchDetail,
  BatchPage,
  BatchParams,
  BatchQuery,
  QuarantinePage,
  QuarantineQuery,
} from '../schemas/data-schemas.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/** Whose data each layout is, as the profiles say: what scopes batches and the quarantine. */
export function layoutOwners(profiles: readonly LoadedProfile[]): LayoutOwner[] {
  return profiles.map(({ profile }) => layoutOwnerOf(profile));
}

/** GET /batches, GET /batches/:id, GET /quarantine: what was loaded, and what was rejected and why. */
export const batchRoutes: FastifyPluginAsyncTypebox = (app) => {
  const owners = layoutOwners(app.profiles);

  app.get(
    '/batches',
    {
      schema: {
        tags: ['data'],
        summary: "Ingest batches of the caller's countries (and agency), most recent first",
        querystring: BatchQuery,
        response: { 200: BatchPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { limit, offset, ...filter } = request.query;
      const page = await ingestBatchQueries.listBatches(app.db, actor.scope, owners, filter, {
        limit,
        offset,
      });
      return { items: page.rows.map(presentBatch), total: page.total, limit, offset };
    },
  );

  app.get(
    '/batches/:id',
    {
      schema: {
        tags: ['data'],
        summary: 'One ingest batch with its stored report',
        params: BatchParams,
        response: { 200: BatchDetail, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { id } = request.params;
      const batch = await ingestBatchQueries.findBatch(app.db, actor.scope, owners, id);
      if (!batch)
        throw new VetaError('NOT_FOUND', `There is no batch ${String(id)} among the batches you can see.`);
      return { ...presentBatch(batch), report: presentReport(batch.report) };
    },
  );

  app.get(
    '/quarantine',
    {
      schema: {
        tags: ['data'],
        summary: 'Rejected rows of the batches the caller can see, whole, with the reason',
        querystring: QuarantineQuery,
        response: { 200: QuarantinePage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { limit, offset, batch, code } = request.query;
      const page = await ingestBatchQueries.listQuarantine(
        app.db,
        actor.scope,
        owners,
        { batchId: batch, code },
        { limit, offset },
      );
      return { items: page.rows.map(presentQuarantinedRow), total: page.total, limit, offset };
    },
  );
  return Promise.resolve();
};
