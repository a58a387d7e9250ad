import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from '../core/logger.js';
import type { Database } from '../store/database.js';
import { registerErrorHandler } from './error-handler.js';
import { registerOpenApi } from './openapi.js';
import { registerAuth } from './plugins/auth.js';
import { ROUTES } from './routes/index.js';

/** What the app needs from its host: the database and, optionally, where the built web app lives. */
export interface AppOptions {
  readonly db: Database;
  readonly logger?: Logger;
  /** The folder of the built web application (web/dist); the API alone when absent. */
  readonly webRoot?: string;
  /** Largest upload accepted, in bytes. */
  readonly uploadLimitBytes?: number;
}

export type VetaApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * Builds the whole application without listening, so tests drive it with `app.inject()`. Plugins
 * are registered in a fixed order: errors, OpenAPI, authentication (and security headers), then
 * every route module under /api.
 */
export async function buildApp(options: AppOptions): Promise<VetaApp> {
  const logger: FastifyBaseLogger | undefined = options.logger;
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('db', options.db);
  registerErrorHandler(app);
  await registerOpenApi(app);
  await registerAuth(app);
  for (const route of ROUTES) {
    await app.register(route, { prefix: '/api' });
  }
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The database every route reads and writes through repositories. */
    db: Database;
  }
}
