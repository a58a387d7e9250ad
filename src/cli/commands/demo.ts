import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';
import type { DemoStage } from '../../demo/demo-pipeline.js';
import { contextFrom } from '../context.js';
import { BUILT_WEB_APP, untilStopped } from './serve.js';
import type { CliIo } from '../io.js';
import type { Logger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';

interface DemoFlags {
  dir: string;
  port: string;
  host: string;
  rebuild?: boolean;
  federated?: boolean;
}

const STAGE_LINES: Record<DemoStage, string> = {
  migrate: 'Creating the embedded database',
  simulate: 'Simulating the small region (Peru, Colombia, Ecuador, Bolivia; 2022-2024)',
  ingest: 'Ingesting every national file',
  resolve: 'Resolving entities across sources',
  detect: 'Running the detectors',
  score: 'Scoring risk',
};

/**
 * `veta demo`: simulates the small region, ingests it, resolves entities, detects and serves the
 * application with a demo user. A second run reuses what the first built.
 */
export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description('Build a simulated region and serve the web application on it, with a demo user.')
    .option('--dir <dir>', 'folder for the demo database and files', '.veta-demo')
    .option('--port <n>', 'port to serve on', '8080')
    .option('--host <host>', 'address to listen on', 'localhost')
    .option('--rebuild', 'build the demo again even if an earlier run built it')
    .option(
      '--federated',
      'one node per country sharing with a regional hub under the example agreements; serves the hub, with its "Nodos" page',
    )
    .action(async (flags: DemoFlags, command: Command) => {
      const context = contextFrom(command, io);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new VetaError('USAGE', `--port must be a port number (1-65535), not "${flags.port}".`);
      if (!existsSync(join(BUILT_WEB_APP, 'index.html')))
        throw new VetaError(
          'PATH_NOT_FOUND',
          `The web application is not built (no ${BUILT_WEB_APP}/index.html); run "npm run build" first.`,
        );
      const { readLimitsFrom } = await import('../../ingest/readers/read-limits.js');
      // The demo loads files and serves uploads: a mistyped VETA_MAX_* must stop it before either.
      readLimitsFrom(io.env);
      const started = performance.now();
      const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const { DEMO_CREDENTIALS } = await import('../../demo/demo-user.js');
      const demo = await prepared(flags, context.logger, (line) =>
        io.stderr.write(`${line}… (${elapsed()})\n`),
      );
      const { buildApp } = await import('../../api/app.js');
      const app = await buildApp({ db: demo.db, logger: context.logger, webRoot: BUILT_WEB_APP });
      try {
        await app.listen({ port, host: flags.host });
      } catch (error) {
        await app.close();
        await demo.db.close();
        throw new VetaError(
          'LISTEN_FAILED',
          `Could not listen on ${flags.host}:${port} (${error instanceof Error ? error.message : String(error)}); stop what uses the port or pass --port.`,
          { cause: error },
        );
      }
      io.stdout.write(
        [
          '',
          `Veta demo ready in ${elapsed()}${demo.reused ? ' (reusing the demo built earlier; --rebuild builds it again)' : ''}:`,
          ...demo.lines,
          '',
          `  Open      http://localhost:${port}`,
          `  Username  ${DEMO_CREDENTIALS.username}`,
          `  Password  ${DEMO_CREDENTIALS.password}`,
          '',
          'Press Ctrl+C to stop.',
          '',
        ].join('\n'),
      );
      await untilStopped();
      await app.close();
      await demo.db.close();
      io.stdout.write('Veta demo stopped; its data stays in the demo folder for the next run.\n');
    });
}

/** The demo's database and what to say of it: the one-database region, or the federation's hub. */
async function prepared(
  flags: DemoFlags,
  logger: Logger,
  onStage: (line: string) => void,
): Promise<{ db: Database; reused: boolean; lines: string[] }> {
  const count = (value: number) => value.toLocaleString('en');
  if (flags.federated === true) {
    const { prepareFederatedDemo } = await import('../../demo/federated-demo.js');
    const demo = await prepareFederatedDemo(flags.dir, { rebuild: flags.rebuild === true, logger, onStage });
    const { summary } = demo;
    return {
      db: demo.db,
      reused: demo.reused,
      lines: [
        ...summary.nodes.map(
          (node) =>
            `  ${node.node}: ${count(node.rows)} rows loaded, ${count(node.envelopes)} envelopes to the hub`,
        ),
        `  Hub: ${count(summary.envelopesApplied)} envelopes applied, ${count(summary.entities)} entities, ${count(summary.alerts)} alerts; see its "Nodos" page`,
      ],
    };
  }
  const { prepareDemo } = await import('../../demo/demo-folder.js');
  const demo = await prepareDemo(flags.dir, {
    rebuild: flags.rebuild === true,
    logger,
    onStage: (stage) => onStage(STAGE_LINES[stage]),
  });
  const { summary } = demo;
  return {
    db: demo.db,
    reused: demo.reused,
    lines: [
      `  ${count(summary.rows)} rows from ${String(summary.files)} files, ${count(summary.entities)} entities, ${count(summary.alerts)} alerts`,
    ],
  };
}
