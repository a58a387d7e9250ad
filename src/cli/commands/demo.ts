import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';
import type { DemoStage } from '../../demo/demo-pipeline.js';
import { contextFrom } from '../context.js';
import { BUILT_WEB_APP, untilStopped } from './serve.js';
import type { CliIo } from '../io.js';

interface DemoFlags {
  dir: string;
  port: string;
  host: string;
  rebuild?: boolean;
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
      const { prepareDemo } = await import('../../demo/demo-folder.js');
      const { DEMO_CREDENTIALS } = await import('../../demo/demo-user.js');
      const demo = await prepareDemo(flags.dir, {
        rebuild: flags.rebuild === true,
        logger: context.logger,
        onStage: (stage) => io.stderr.write(`${STAGE_LINES[stage]}… (${elapsed()})\n`),
      });
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
      const { summary } = demo;
      io.stdout.write(
        [
          '',
          `Veta demo ready in ${elapsed()}${demo.reused ? ' (reusing the demo built earlier; --rebuild builds it again)' : ''}:`,
          `  ${summary.rows.toLocaleString('en')} rows from ${summary.files} files, ${summary.entities.toLocaleString('en')} entities, ${summary.alerts.toLocaleString('en')} alerts`,
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
