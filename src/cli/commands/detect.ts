import { Command } from 'commander';
import { createProgress, silentProgress } from '../../core/progress.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface DetectOptions {
  only?: string;
  country?: string;
}

/** `veta detect`: run the detectors over the stored records and store their alerts. */
export function detectCommand(io: CliIo): Command {
  return new Command('detect')
    .description(
      'Run the detectors over the stored records; alerts keep stable ids, so a rerun updates them.',
    )
    .option('--only <codes>', 'comma-separated typology codes, e.g. MIRROR_TRADE_GAP')
    .option('--country <cc>', 'only alerts of this country (ISO alpha-2)')
    .action(async (options: DetectOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { runDetection } = await import('../../detect/run-detection.js');
      const { builtinCatalogue } = await import('../../detect/catalogue/catalogue.js');
      const only = options.only
        ?.split(',')
        .map((code) => code.trim().toUpperCase())
        .filter((code) => code !== '');
      let progress = silentProgress;
      const runs = await withDatabase(context, (db) =>
        runDetection(db, {
          catalogue: builtinCatalogue(),
          only,
          country: options.country?.toUpperCase(),
          onDetector: (_code, index, count) => {
            if (index === 0)
              progress = createProgress({
                label: 'Detecting',
                total: count,
                unit: 'detectors',
                stream: io.stderr,
              });
            else progress.update(index);
          },
        }),
      );
      progress.done();
      printResult(context, { detectors: runs }, () =>
        runs
          .map(
            (run) =>
              `${run.code.padEnd(30)} ${plural(run.alerts, 'alert')} (${run.created} new, ${run.updated} updated) in ${run.durationMs} ms`,
          )
          .join('\n'),
      );
    });
}
