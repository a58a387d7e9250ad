import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { builtinRulebook, REGION_COUNTRIES } from '@veta/standard';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import { seesCountry } from '../../store/scope/scope.js';
import { compareRules } from '../../rules/compare-rules.js';
import { requireActor, requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';
import { RulesCompareQuery, RulesComparison, RulesWhatIf } from '../schemas/rules-schemas.js';
import { WhatIfCache } from './what-if-cache.js';

/**
 * GET /rules/compare: the region's rules, country beside country, with their legal sources; and
 * GET /rules/what-if: the alerts each candidate common standard would raise, per country.
 */
export const rulesRoutes: FastifyPluginAsyncTypebox = (app) => {
  const whatIf = new WhatIfCache(builtinCatalogue(), builtinRulebook());
  app.get(
    '/rules/compare',
    {
      schema: {
        tags: ['rules'],
        summary:
          "Each country's rule in force on a day, topic by topic, with its legal source, the strictest rule and the grey zones",
        querystring: RulesCompareQuery,
        response: { 200: RulesComparison, ...errorResponses(...SIGNED_IN) },
      },
    },
    (request) => {
      // The rulebook is published law, not a country's records: every signed-in role reads all of it.
      requireActor(request);
      const day = request.query.on ?? new Date().toISOString().slice(0, 10);
      const rulebook = builtinRulebook();
      return { version: rulebook.version, day, topics: compareRules(rulebook, day) };
    },
  );

  app.get(
    '/rules/what-if',
    {
      schema: {
        tags: ['rules'],
        summary:
          'For each topic with a strictest rule, the alerts each country in scope raises under the rules in force and if every country held that rule',
        querystring: RulesCompareQuery,
        response: { 200: RulesWhatIf, ...errorResponses(...SIGNED_IN) },
      },
    },
    (request) => {
      // The rules are public, but the counts come from a country's records: read permission, and
      // only the countries in the caller's scope.
      const actor = requirePermission(request, 'read');
      return whatIf.view(
        app.db,
        request.query.on ?? new Date().toISOString().slice(0, 10),
        REGION_COUNTRIES.filter((country) => seesCountry(actor.scope, country)),
      );
    },
  );
  return Promise.resolve();
};
