import { resolve } from 'node:path';
import { Command } from 'commander';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

/** `veta evaluate-resolution`: pairwise precision, recall and F1 of the stored entities. */
export function evaluateResolutionCommand(io: CliIo): Command {
  return new Command('evaluate-resolution')
    .description(
      "Score the stored entities against a simulated region's truth: pairwise precision, recall and F1.",
    )
    .requiredOption('--truth <file>', 'the truth.json written by veta simulate')
    .action(async (options: { truth: string }, command: Command) => {
      const context = contextFrom(command, io);
      const { readTruthMentions } = await import('../../resolve/truth-party-records.js');
      const { evaluateResolution } = await import('../../resolve/evaluate-resolution.js');
      const mentions = await readTruthMentions(resolve(options.truth));
      const result = await withDatabase(context, (db) => evaluateResolution(db, mentions));
      printResult(context, result, () =>
        [
          `records scored: ${result.records} (${result.unmatchedRecords} not in the truth)`,
          `entities: ${result.predictedEntities} predicted, ${result.trueEntities} true`,
          `pairs: ${result.predictedPairs} predicted, ${result.truePairs} true, ${result.correctPairs} correct`,
          `precision ${result.precision.toFixed(4)}  recall ${result.recall.toFixed(4)}  F1 ${result.f1.toFixed(4)}`,
        ].join('\n'),
      );
    });
}
