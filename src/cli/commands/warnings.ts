import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';
import { OPERATOR_SCOPE } from '../risk-options.js';

interface WarningsOptions {
  since: string;
  step?: string;
  kind?: string;
}

/** `veta warnings`: what became new or riskier since a date. */
export function warningsCommand(io: CliIo): Command {
  return new Command('warnings')
    .description(
      'Early warning: subjects first scored since a date, subjects whose score rose by more than a step since the last run before it, and alerts first detected since it, each with the reason.',
    )
    .requiredOption('--since <yyyy-mm-dd>', 'the day to compare with')
    .option(
      '--step <x>',
      "rise in score that counts as riskier (default: the latest run's earlyWarning.riseStep)",
    )
    .option('--kind <kind>', 'only subjects of this kind')
    .action(async (options: WarningsOptions, command: Command) => {
      const context = contextFrom(command, io);
      const step = options.step === undefined ? undefined : Number(options.step);
      if (step !== undefined && !(step >= 0 && step < 1))
        throw new VetaError(
          'USAGE',
          `--step must be a score difference from 0 to 1, e.g. 0.1, not "${options.step ?? ''}".`,
        );
      const { RISK_KINDS } = await import('../../risk/risk-weights-schema.js');
      const kind = options.kind?.toLowerCase();
      if (kind !== undefined && !(RISK_KINDS as readonly string[]).includes(kind))
        throw new VetaError('USAGE', `--kind ${options.kind ?? ''} is not one of ${RISK_KINDS.join(', ')}.`);
      const { earlyWarning, riseStepOf } = await import('../../risk/early-warning.js');
      const { riskRepository } = await import('../../store/risk/risk-repository.js');
      const { renderWarnings } = await import('../../risk/render-risk.js');
      const feed = await withDatabase(context, async (db) =>
        earlyWarning(db, {
          since: options.since,
          step: step ?? riseStepOf(await riskRepository.latestRun(db)),
          scope: OPERATOR_SCOPE,
          kind,
        }),
      );
      printResult(context, feed, () => renderWarnings(feed));
    });
}
