import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { VetaError } from '../../core/veta-error.js';
import { earlyWarning, riseStepOf } from '../../risk/early-warning.js';
import { riskRepository } from '../../store/risk/risk-repository.js';
import { countriesConcerned } from '../../audit/audit-countries.js';
import { audit } from '../audit-request.js';
import {
  EarlyWarningSchema,
  presentEarlyWarning,
  presentRiskDetail,
  presentRiskSummary,
  RiskDetailSchema,
  RiskKindSchema,
  RiskSummarySchema,
} from '../presenters/risk-presenter.js';
import { requirePermission } from '../request-actor.js';
import { CountryCode, IsoDay, Page, PageQuery } from '../schemas/common.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';

const RiskQuery = Type.Object({
  kind: Type.Optional(RiskKindSchema),
  country: Type.Optional(CountryCode),
  ...PageQuery,
});

const RiskPage = Page(RiskSummarySchema, 'Scored subjects, highest score first.');

const WarningQuery = Type.Object({
  since: IsoDay,
  step: Type.Optional(
    Type.Number({ minimum: 0, exclusiveMaximum: 1, description: "Default: the latest run's riseStep" }),
  ),
  kind: Type.Optional(RiskKindSchema),
  alerts: Type.Integer({
    minimum: 0,
    maximum: 500,
    default: 100,
    description: 'New alerts to list, at most',
  }),
});

/** GET /risk, GET /risk/:kind/:id, GET /early-warning: risk scores and what became riskier. */
export const riskRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/risk',
    {
      schema: {
        tags: ['risk'],
        summary: 'Risk scores of the latest run, highest first, within your scope',
        querystring: RiskQuery,
        response: { 200: RiskPage, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { kind, country, limit, offset } = request.query;
      const page = await riskRepository.list(app.db, { scope: actor.scope, kind, country, limit, offset });
      return {
        items: page.items.map((score) => presentRiskSummary(score, actor.scope)),
        total: page.total,
        limit,
        offset,
      };
    },
  );

  app.get(
    '/risk/:kind/:id',
    {
      schema: {
        tags: ['risk'],
        summary: "One subject's risk score with every contribution, the run and its history",
        params: Type.Object({ kind: RiskKindSchema, id: Type.String({ minLength: 1 }) }),
        response: { 200: RiskDetailSchema, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { kind, id } = request.params;
      const [score, run] = await Promise.all([
        riskRepository.find(app.db, actor.scope, kind, id),
        riskRepository.latestRun(app.db),
      ]);
      if (!score || !run)
        throw new VetaError(
          'NOT_FOUND',
          `No ${kind} "${id}" has a risk score you can see in the latest run.`,
        );
      const history = await riskRepository.history(app.db, actor.scope, kind, id);
      await audit(request, {
        action: 'risk.read',
        subjectKind: kind,
        subjectId: id,
        countries: countriesConcerned(actor.scope, [score.country]),
        details: { runId: run.id },
      });
      return presentRiskDetail(score, actor.scope, run, history);
    },
  );

  app.get(
    '/early-warning',
    {
      schema: {
        tags: ['risk'],
        summary:
          'Subjects first scored or riskier since a date, and alerts first detected since it, each with the reason',
        querystring: WarningQuery,
        response: { 200: EarlyWarningSchema, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      const { since, kind, alerts } = request.query;
      const step = request.query.step ?? riseStepOf(await riskRepository.latestRun(app.db));
      const feed = await earlyWarning(app.db, { since, step, scope: actor.scope, kind, alertLimit: alerts });
      return presentEarlyWarning(feed);
    },
  );
  return Promise.resolve();
};
