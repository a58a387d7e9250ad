import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { DEFAULT_SERVER_TIMEOUTS } from '../../api/server-timeouts.js';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { federationServingFrom, startFederationServing } from './serve-federation.js';

interface ServeOptions {
  port: string;
  uploadLimit: string;
  host: string;
  webRoot?: string;
  keepUploads?: string;
  trustProxy?: string;
  allowedOrigins?: string;
  timeouts?: string;
  role: string;
  transport?: string;
  every: string;
  agreement?: string;
}

const seconds = (ms: number) => String(ms / 1000);
const TIMEOUTS_HELP = `how long a client may take, in seconds by name: headers (default ${seconds(DEFAULT_SERVER_TIMEOUTS.headersMs)}), body of a request other than an upload (${seconds(DEFAULT_SERVER_TIMEOUTS.bodyMs)}), whole request, uploads included (${seconds(DEFAULT_SERVER_TIMEOUTS.requestMs)}), idle keep-alive (${seconds(DEFAULT_SERVER_TIMEOUTS.keepAliveMs)}); e.g. headers=5,request=1800`;

/** Where `npm run build` in web/ puts the web application, relative to this installation. */
export const BUILT_WEB_APP = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** `veta serve`: the API and the web application, until interrupted. */
export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description('Serve the web application and the API until stopped (Ctrl-C).')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on; 0.0.0.0 for every network interface', '127.0.0.1')
    .option('--web-root <dir>', 'the built web application (default: web/dist of this installation)')
    .option('--upload-limit <MB>', 'largest file accepted for upload, in megabytes', '512')
    .option(
      '--keep-uploads <dir>',
      'keep each uploaded file, once loaded or failed, in this folder (named by its SHA-256) instead of deleting it',
    )
    .option(
      '--trust-proxy <proxies>',
      'behind a TLS or reverse proxy: the addresses or CIDR ranges of the proxies (e.g. 10.0.0.5,10.1.0.0/16), or, only when Veta listens on a loopback address (--host 127.0.0.1) behind a proxy on this machine, their number (e.g. 1). Requests from those proxies then have X-Forwarded-For name the client (sign-in limits count per real client), and X-Forwarded-Proto: https makes the session cookie Secure; from any other sender these headers are ignored. Default: no proxy trusted',
    )
    .option(
      '--allowed-origins <origins>',
      "origins besides Veta's own address from which browsers may make changes, e.g. https://veta.example.gob (comma-separated); others are refused as cross-site requests",
    )
    .option('--timeouts <seconds>', TIMEOUTS_HELP)
    .option(
      '--role <role>',
      'node (default), or hub: also consume, round after round, what trusted nodes publish, then resolve and detect',
      'node',
    )
    .option(
      '--transport <url>',
      "the federation's NATS server, e.g. nats://127.0.0.1:4222: a hub consumes what nodes publish there; a country's node answers the hub's questions there (with --agreement)",
    )
    .option(
      '--agreement <file>',
      "on a country's node with --transport: the agreement the hub's questions are answered under",
    )
    .option('--every <seconds>', 'with --transport: seconds between rounds of receiving and sending', '60')
    .option(
      '--node-dir <dir>',
      "with --transport: this node's identity (default VETA_NODE_DIR or ./.veta-node)",
    )
    .action(async (options: ServeOptions, command: Command) => {
      const context = contextFrom(command, io);
      const federation = await federationServingFrom(options, nodeDirOf(command, io));
      const port = parsePort(options.port);
      const webRoot = findWebRoot(options.webRoot);
      const uploadLimitBytes = parseMegabytes(options.uploadLimit) * 1024 * 1024;
      const { checkTrustProxyHost, parseTrustProxy } = await import('../../api/trust-proxy.js');
      const trustProxy = options.trustProxy === undefined ? undefined : parseTrustProxy(options.trustProxy);
      if (trustProxy !== undefined) checkTrustProxyHost(trustProxy, options.host);
      const { parseAllowedOrigins } = await import('../../api/plugins/origin-check.js');
      const allowedOrigins =
        options.allowedOrigins === undefined ? undefined : parseAllowedOrigins(options.allowedOrigins);
      const { parseTimeouts } = await import('../../api/server-timeouts.js');
      const timeouts = options.timeouts === undefined ? undefined : parseTimeouts(options.timeouts);
      const { loadProfiles } = await import('../../ingest/profiles/load-profiles.js');
      const profiles = loadProfiles(io.env.VETA_PROFILES_DIR);
      const { readLimitsFrom } = await import('../../ingest/readers/read-limits.js');
      // A mistyped VETA_MAX_* would otherwise fail every upload later: refuse to start instead.
      readLimitsFrom(io.env);
      const { loadLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      // Held by a country's node: its supervisors' approvals of reveal requests need it.
      const linkage = await loadLinkageKey(nodeDirOf(command, io));
      const { revealKeyOf } = await import('../../federation/node-identity.js');
      // Held by the hub: the identities nodes reveal to it are opened with it for their requesters.
      const revealKey = await revealKeyOf(nodeDirOf(command, io));
      const { buildApp } = await import('../../api/app.js');
      await withDatabase(context, async (db) => {
        const app = await buildApp({
          db,
          logger: context.logger,
          uploadLimitBytes,
          profiles,
          ...(webRoot ? { webRoot } : {}),
          ...(options.keepUploads === undefined ? {} : { keepUploadsDir: resolve(options.keepUploads) }),
          ...(trustProxy === undefined ? {} : { trustProxy }),
          ...(allowedOrigins === undefined ? {} : { allowedOrigins }),
          ...(timeouts === undefined ? {} : { timeouts }),
          ...(linkage === undefined ? {} : { linkage }),
          ...(revealKey === undefined ? {} : { revealKey }),
        });
        const stopped = untilStopped();
        let address: string;
        try {
          address = await app.listen({ port, host: options.host });
        } catch (error) {
          await app.close();
          throw new VetaError(
            'LISTEN_FAILED',
            `Veta could not listen on ${options.host}:${String(port)} (${error instanceof Error ? error.message : String(error)}). Choose another --port or --host.`,
            { cause: error },
          );
        }
        io.stdout.write(
          `Veta is serving at ${address}${webRoot ? '' : ` (the API only: no built web application at ${BUILT_WEB_APP}; run "npm run build" in web/)`}. Press Ctrl-C to stop.\n`,
        );
        let federating: { stop(): Promise<void> } | undefined;
        try {
          federating =
            federation === undefined ? undefined : await startFederationServing(db, federation, io);
        } catch (error) {
          // The broker down at start: the server must not stay up half-started.
          await app.close();
          throw error;
        }
        const signal = await stopped;
        context.logger.info({ signal }, 'stopping');
        await federating?.stop();
        await app.close();
        io.stdout.write('Veta stopped.\n');
      });
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new VetaError('USAGE', `Port "${value}" is not a port number (0 to 65535).`);
  }
  return port;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new VetaError('USAGE', `Upload limit "${value}" is not a positive number of megabytes.`);
  }
  return megabytes;
}

function findWebRoot(given: string | undefined): string | undefined {
  if (given !== undefined) {
    const root = resolve(given);
    if (!existsSync(join(root, 'index.html'))) {
      throw new VetaError(
        'PATH_NOT_FOUND',
        `There is no index.html in ${root}: give the folder of a built web application.`,
      );
    }
    return root;
  }
  return existsSync(join(BUILT_WEB_APP, 'index.html')) ? BUILT_WEB_APP : undefined;
}

/** Resolves with the signal's name on SIGINT or SIGTERM, so the server closes its connections and the database. */
export function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveSignal(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
