import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { builtinRulebook } from '@veta/standard';
import { countriesConcerned } from '../../audit/audit-countries.js';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import { alertCaseRepository } from '../../store/alerts/alert-case-repository.js';
import { alertSearchRepository } from '../../store/alerts/alert-search-repository.js';
import { alertNotFound, statusesOpenTo } from '../../triage/alert-triage.js';
import { expandStatuses } from '../../triage/case-status.js';
import { audit } from '../audit-request.js';
import { presentAlertDetail, typologyNamesJson } from '../presenters/alert-presenter.js';
import { requirePermission } from '../request-actor.js';
import { AlertDetail, AlertPage, AlertParams, AlertQuery } from '../schemas/alert-schemas.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

/** GET /alerts and GET /alerts/:id: the alerts the caller may see, and one alert in full. */
export const alertRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Alerts in scope, filtered, sorted and paged',
        querystring: AlertQuery,
        response: { 200: AlertPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'read');
      const { sort, limit, offset, status, ...rest } = request.query;
      const filter = { ...rest, status: status && expandStatuses(status) };
      const names = typologyNamesJson(builtinCatalogue());
      const page = await alertSearchRepository.page(
        app.db,
        actor.scope,
        filter,
        { sort, limit, offset },
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
        summary: 'One alert: explanation, figures, evidence, comments and history',
        params: AlertParams,
        response: { 200: AlertDetail, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { id } = request.params;
      const row = await alertSearchRepository.find(app.db, actor.scope, id);
      // A look at an alert out of scope is recorded too: probing for others' alerts leaves a trace.
      await audit(request, {
        action: 'alert.read',
        subjectKind: 'alert',
        subjectId: id,
        countries: countriesConcerned(actor.scope, [row?.country]),
        details: row ? undefined : { outcome: 'not found or out of scope' },
      });
      if (!row) throw alertNotFound(id);
      const events = await alertCaseRepository.history(app.db, actor.scope, id);
      // The next step is computed from the standard's rulebook as it is now, not stored with the
      // alert: a rule or authority corrected in the rulebook corrects every alert's next step.
      return presentAlertDetail(
        row,
        events,
        statusesOpenTo(actor, row.status),
        builtinCatalogue(),
        builtinRulebook(),
      );
    },
  );
  return Promise.resolve();
};
