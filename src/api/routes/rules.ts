import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { builtinRulebook } from '@veta/standard';
import { compareRules } from '../../rules/compare-rules.js';
import { requireActor } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';
import { RulesCompareQuery, RulesComparison } from '../schemas/rules-schemas.js';

/** GET /rules/compare: the region's rules, country beside country, with their legal sources. */
export const rulesRoutes: FastifyPluginAsyncTypebox = (app) => {
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
  return Promise.resolve();
};
