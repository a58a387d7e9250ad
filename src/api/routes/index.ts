import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { auditRoutes } from './audit.js';
import { authTokenRoutes } from './auth-tokens.js';
import { authRoutes } from './auth.js';
import { healthRoutes } from './health.js';
import { userRoutes } from './users.js';

/** Every route module, registered under /api in this order. */
export const ROUTES: readonly FastifyPluginAsyncTypebox[] = [
  healthRoutes,
  authRoutes,
  authTokenRoutes,
  userRoutes,
  auditRoutes,
];
