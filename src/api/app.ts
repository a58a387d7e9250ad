import type { KeyObject } from 'node:crypto';
import type { LinkageKey } from '../federation/linkage/linkage-key.js';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from '../core/logger.js';
import { loadProfiles, type LoadedProfile } from '../ingest/profiles/load-profiles.js';
import type { Database } from '../store/engine/database.js';
import { registerErrorHandler } from './error-handler.js';
import { registerOpenApi } from './openapi.js';
import { registerAuth } from './plugins/auth.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerOriginCheck } from './plugins/origin-check.js';
import { registerWebApp } from './plugins/web-app.js';
import { ROUTES } from './routes/index.js';
import {
  DEFAULT_SERVER_TIMEOUTS,
  registerBodyTimeout,
  serverTimeoutOptions,
  type ServerTimeouts,
} from './server-timeouts.js';
import { DEFAULT_TRUST_PROXY, fastifyTrustProxy, type TrustProxy } from './trust-proxy.js';
import { defaultUploadWorkDir, type UploadDirs } from './uploads/upload-folder.js';

/** What the app needs from its host: the database and, optionally, where the built web app lives. */
export interface AppOptions {
  readonly db: Database;
  readonly logger?: Logger;
  /**
   * The region's linkage key, where this node holds one: a supervisor's approval of a request to
   * reveal a person is checked against the node's persons with it. Approvals fail without it.
   */
  readonly linkage?: LinkageKey;
  /**
   * The hub's reveal key (its node folder's reveal-key.pem): the identities nodes reveal arrive
   * sealed to it, and are opened with it for the one who asked, when they read them.
   */
  readonly revealKey?: KeyObject;
  /** The folder of the built web application (web/dist); the API alone when absent. */
  readonly webRoot?: string;
  /** Largest upload accepted, in bytes (DEFAULT_UPLOAD_LIMIT_BYTES when absent). */
  readonly uploadLimitBytes?: number;
  /** Where uploaded files wait to load; a fresh folder under the system's temporary folder when absent. */
  readonly uploadWorkDir?: string;
  /** Where each uploaded file is kept, named by its SHA-256 and name, once it loaded or failed; deleted when absent. */
  readonly keepUploadsDir?: string;
  /** The mapping profiles uploads are loaded with, and that say whose data each layout is; the built-in ones when absent. */
  readonly profiles?: readonly LoadedProfile[];
  /**
   * How long a signed-in caller's identity is reused before their session or token is looked up
   * again (DEFAULT_ACTOR_CACHE_MS when absent; 0 looks it up on every request). Changes made through
   * this server count at once; a user disabled from the CLI or another server, within this time.
   */
  readonly actorCacheMs?: number;
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (DEFAULT_TRUST_PROXY,
   * none, when absent; a hop count only from a proxy on this machine): sign-in limits then count per
   * real client, and the session cookie is Secure when the proxy says the browser spoke HTTPS.
   */
  readonly trustProxy?: TrustProxy;
  /**
   * Origins besides the server's own (e.g. https://veta.example.gob) from which a browser may send
   * state-changing requests with its session cookie; none when absent.
   */
  readonly allowedOrigins?: readonly string[];
  /**
   * How long a client may take over headers, body, whole request and idle keep-alive
   * (DEFAULT_SERVER_TIMEOUTS for any absent).
   */
  readonly timeouts?: Partial<ServerTimeouts>;
}

export const DEFAULT_ACTOR_CACHE_MS = 1000;

/** Uploads up to 512 MB by default: a year of a country's purchase register fits. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 512 * 1024 * 1024;

export type VetaApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * Builds the whole application without listening, so tests drive it with `app.inject()`. Plugins
 * are registered in a fixed order: errors, the body timeout, OpenAPI, authentication (and security
 * headers), the cross-site origin check, the input guard, then every route module under /api, and
 * the web application when a webRoot is given.
 */
export async function buildApp(options: AppOptions): Promise<VetaApp> {
  const logger: FastifyBaseLogger | undefined = options.logger;
  const timeouts = { ...DEFAULT_SERVER_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? DEFAULT_TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    ...serverTimeoutOptions(timeouts),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('db', options.db);
  app.decorate('uploadLimitBytes', options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES);
  app.decorate('uploadDirs', {
    work: options.uploadWorkDir ?? defaultUploadWorkDir(),
    keep: options.keepUploadsDir,
  } satisfies UploadDirs);
  app.decorate('profiles', options.profiles ?? loadProfiles());
  app.decorate('linkage', options.linkage);
  app.decorate('revealKey', options.revealKey);
  registerErrorHandler(app);
  registerBodyTimeout(app, timeouts.bodyMs);
  await registerOpenApi(app);
  await registerAuth(app, options.actorCacheMs ?? DEFAULT_ACTOR_CACHE_MS);
  registerOriginCheck(app, options.allowedOrigins ?? []);
  registerInputGuard(app);
  for (const route of ROUTES) {
    await app.register(route, { prefix: '/api' });
  }
  if (options.webRoot !== undefined) await registerWebApp(app, options.webRoot);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The database every route reads and writes through repositories. */
    db: Database;
    /** The largest upload accepted, in bytes. */
    uploadLimitBytes: number;
    /** Where uploaded files wait to load, and where they are kept after, if anywhere. */
    uploadDirs: UploadDirs;
    /** The mapping profiles: how uploads are read, and whose data each layout is. */
    profiles: readonly LoadedProfile[];
    /** The region's linkage key, where this node holds one. */
    linkage: LinkageKey | undefined;
    /** The hub's reveal key, where its node folder holds one. */
    revealKey: KeyObject | undefined;
  }
}
