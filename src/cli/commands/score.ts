import { Command } from 'commander';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';
import { OPERATOR_SCOPE, positiveInteger } from '../risk-options.js';

interface ScoreOptions {
  weights?: string;
  asOf?: string;
  top: string;
}

/** `veta score`: compute risk scores from the stored alerts and signals, and store them as a run. */
export function scoreCommand(io: CliIo): Command {
  return new Command('score')
    .description(
      'Score entities, mining rights, plants and traders, exporters and corridors from their alerts and signals; each run is kept, so `veta warnings` can compare.',
    )
    .option('--weights <file>', 'a YAML file laid over the built-in weights (default: $VETA_RISK_WEIGHTS)')
    .option(
      '--as-of <yyyy-mm-dd>',
      'day alert recency is measured from (default: end of the latest alert period)',
    )
    .option('--top <n>', 'subjects of each kind to print', '5')
    .action(async (options: ScoreOptions, command: Command) => {
      const context = contextFrom(command, io);
      const top = positiveInteger(options.top, '--top');
      const { loadRiskWeights } = await import('../../risk/risk-weights.js');
      const { runScoring } = await import('../../risk/run-scoring.js');
      const { RISK_KINDS } = await import('../../risk/risk-weights-schema.js');
      const { riskRepository } = await import('../../store/risk/risk-repository.js');
      const { renderScoringRun } = await import('../../risk/render-risk.js');
      const weights = loadRiskWeights(options.weights ?? io.env.VETA_RISK_WEIGHTS);
      const result = await withDatabase(context, async (db) => {
        const run = await runScoring(db, { weights, asOf: options.asOf });
        const tops: Record<string, Awaited<ReturnType<typeof riskRepository.list>>['items']> = {};
        for (const kind of RISK_KINDS)
          tops[kind] = (
            await riskRepository.list(db, { scope: OPERATOR_SCOPE, kind, limit: top, offset: 0 })
          ).items;
        return { run, top: tops };
      });
      printResult(context, result, () => renderScoringRun(result.run, result.top));
    });
}
