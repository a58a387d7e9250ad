import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authTokenRoutes } from './auth-tokens.js';
import { authRoutes } from './auth.js';
import { healthRoutes } from './health.js';

/** Every route module, registered under /api in this order. */
export const ROUTES: readonly FastifyPluginAsyncTypebox[] = [healthRoutes, authRoutes, authTokenRoutes];
