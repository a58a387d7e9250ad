import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authTokenRoutes } from './auth-tokens.js';
import { authRoutes } from './auth.js';
import { entityRoutes } from './entities.js';
import { geographyRoutes } from './geography.js';
import { healthRoutes } from './health.js';
import { reconciliationRoutes } from './reconciliation.js';

/** Every route module, registered under /api in this order. */
export const ROUTES: readonly FastifyPluginAsyncTypebox[] = [
  healthRoutes,
  authRoutes,
  authTokenRoutes,
  entityRoutes,
  geographyRoutes,
  reconciliationRoutes,
];
