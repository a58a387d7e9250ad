import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { healthRoutes } from './health.js';

/** Every route module, registered under /api in this order. */
export const ROUTES: readonly FastifyPluginAsyncTypebox[] = [healthRoutes];
