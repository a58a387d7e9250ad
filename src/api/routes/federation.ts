import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SHARING_PURPOSE_LABELS } from '@veta/standard';
import { nodesStatus } from '../../federation/nodes-status.js';
import { seesCountry } from '../../store/scope/scope.js';
import { requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN } from '../schemas/error-responses.js';
import { FederationNodes } from '../schemas/federation-schemas.js';

/** GET /federation/nodes: the "Nodos" page, each peer with its agreements and exchanges. */
export const federationRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/federation/nodes',
    {
      schema: {
        tags: ['federation'],
        summary:
          'The peer nodes this node trusts, the agreements they share under, their last exchange, and the records received and kept back',
        response: { 200: FederationNodes, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      // A node's counts describe its country's records: shown to those who see that country.
      const actor = requirePermission(request, 'read');
      const nodes = (await nodesStatus(app.db)).filter((node) => seesCountry(actor.scope, node.country));
      return {
        nodes: nodes.map((node) => ({
          ...node,
          keys: node.keys.map((key) => ({
            keyId: key.keyId,
            trustedAt: key.trustedAt.toISOString(),
            revokedAt: key.revokedAt?.toISOString() ?? null,
          })),
          lastExchange: node.lastExchange?.toISOString() ?? null,
          agreements: node.agreements.map((held) => ({
            agreement: held.document,
            purposes: held.document.purposes.map((code) => ({ code, name: SHARING_PURPOSE_LABELS[code] })),
            receivedAt: held.receivedAt.toISOString(),
            lastReport:
              held.lastReport === null
                ? null
                : { ...held.lastReport, sentAt: held.lastReport.sentAt.toISOString() },
          })),
        })),
      };
    },
  );
  return Promise.resolve();
};
