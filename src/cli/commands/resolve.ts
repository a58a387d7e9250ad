import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import type { FellegiSunterModel } from '../../resolve/fellegi-sunter.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface ResolveOptions {
  incremental?: boolean;
  threshold?: string;
}

/** `veta resolve`: group the stored party records into entities. */
export function resolveCommand(io: CliIo): Command {
  return new Command('resolve')
    .description(
      'Resolve the stored party records into entities (Fellegi-Sunter, EM-fitted); entity ids stay stable across runs and analyst judgements are honoured.',
    )
    .option('--incremental', 'resolve only records no entity holds yet, against the existing entities')
    .option('--threshold <p>', 'match probability a pair must reach (0-1, default 0.95)')
    .action(async (options: ResolveOptions, command: Command) => {
      const context = contextFrom(command, io);
      const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
      if (threshold !== undefined && !(threshold > 0 && threshold < 1))
        throw new VetaError(
          'USAGE',
          `--threshold must be a probability between 0 and 1, not "${options.threshold}".`,
        );
      const started = performance.now();
      const { runFullResolution } = await import('../../resolve/run-resolution.js');
      const { runIncrementalResolution } = await import('../../resolve/incremental.js');
      const run = {
        ...(threshold === undefined ? {} : { threshold }),
        onStage: (stage: string) =>
          io.stderr.write(`${stage}... (${((performance.now() - started) / 1000).toFixed(1)} s)\n`),
      };
      const summary = await withDatabase(context, (db) =>
        options.incremental ? runIncrementalResolution(db, run) : runFullResolution(db, run),
      );
      printResult(context, summary, () =>
        [
          `${summary.mode} run ${summary.runId}: ${plural(summary.records, 'record')} into ${summary.entities} ${summary.entities === 1 ? 'entity' : 'entities'} in ${summary.seconds.toFixed(1)} s`,
          `${plural(summary.candidatePairs, 'candidate pair')} compared, ${plural(summary.links, 'link')} kept, ${plural(summary.refused, 'merge')} refused (rejections, conflicting identifiers)`,
          ...summary.models.map(
            (model) =>
              `${model.kind}: ${plural(model.records, 'record')}, EM ${model.model.converged ? 'converged' : 'stopped'} after ${plural(model.model.iterations, 'iteration')}, match share ${model.model.lambda.toFixed(4)}${encodedShare(model.model)}`,
          ),
        ].join('\n'),
      );
    });
}

/** The prior of pairs compared by encodings alone, where it is one of its own (a hub's persons). */
function encodedShare(model: FellegiSunterModel): string {
  const share = model.encodingLambda;
  return share === undefined || share === model.lambda
    ? ''
    : ` (${share.toFixed(4)} among pairs compared by encodings alone)`;
}
