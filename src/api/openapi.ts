import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { markNamedSchemas, nameResponseSchemas } from './openapi-names.js';

/**
 * The OpenAPI 3 document is generated from the routes' own schemas, so it cannot drift from them:
 * served at /api/openapi.json, with interactive docs at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Veta API',
        version: '0.1.0',
        description:
          'Alerts, entities, mining rights, reconciliation, risk and ingestion for minerals-crime units. Every answer is limited to the caller’s countries and agency.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'veta_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    // Shared response shapes are named once under components.schemas (see openapi-names.ts).
    transform: ({ schema, url }) => ({ schema: markNamedSchemas(schema), url }),
    transformObject: (document) =>
      'openapiObject' in document ? nameResponseSchemas(document.openapiObject) : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true, security: [] } }, () => app.swagger());
}
