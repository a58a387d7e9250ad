import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { countriesConcerned } from '../../audit/audit-countries.js';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import { alertSearchRepository } from '../../store/alerts/alert-search-repository.js';
import { alertNotFound } from '../../triage/alert-triage.js';
import { expandStatuses } from '../../triage/case-status.js';
import { audit } from '../audit-request.js';
import { alertDetail } from '../alert-detail.js';
import { typologyNamesJson } from '../presenters/alert-presenter.js';
import { requirePermission } from '../request-actor.js';
import {
  AlertDetail,
  AlertDetailQuery,
  AlertPage,
  AlertParams,
  AlertQuery,
} from '../schemas/alert-schemas.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/**
 * GET /alerts and GET /alerts/:id: the episodes (or alerts) the caller may see, and one in full.
 */
export const alertRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Alert episodes (or single alerts) in scope, filtered, sorted and paged',
        querystring: AlertQuery,
        response: { 200: AlertPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'read');
      const { sort, limit, offset, each, status, ...rest } = request.query;
      const filter = { ...rest, status: status && expandStatuses(status) };
      const names = typologyNamesJson(builtinCatalogue());
      const page = await alertSearchRepository.page(
        app.db,
        actor.scope,
        filter,
        { sort, limit, offset, each },
        names,
      );
      // Already JSON, written by the database: a string payload is sent as it is, not serialised.
      const untyped: FastifyReply = reply;
      return untyped
        .type('application/json; charset=utf-8')
        .send(
          `{"items":${page.itemsJson},"total":${String(page.total)},"limit":${String(limit)},"offset":${String(offset)}}`,
        );
    },
  );

  app.get(
    '/alerts/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'One episode (or alert): explanation, figures, evidence, its alerts, comments and history',
        params: AlertParams,
        querystring: AlertDetailQuery,
        response: { 200: AlertDetail, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { id } = request.params;
      const detail = await alertDetail(app.db, actor, id, request.query.each);
      // A look at an alert out of scope is recorded too: probing for others' alerts leaves a trace.
      await audit(request, {
        action: 'alert.read',
        subjectKind: 'alert',
        subjectId: id,
        countries: countriesConcerned(actor.scope, [detail?.country]),
        details: detail ? undefined : { outcome: 'not found or out of scope' },
      });
      if (!detail) throw alertNotFound(id);
      return detail;
    },
  );
  return Promise.resolve();
};
