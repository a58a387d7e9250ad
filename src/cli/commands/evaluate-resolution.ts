import { resolve } from 'node:path';
import { Command } from 'commander';
import type { PairwiseScores } from '../../resolve/pairwise-scores.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

interface EvaluateOptions {
  truth: string;
  against?: string;
}

/** `veta evaluate-resolution`: pairwise precision, recall and F1 of the stored entities. */
export function evaluateResolutionCommand(io: CliIo): Command {
  return new Command('evaluate-resolution')
    .description(
      "Score the stored entities against a simulated region's truth: pairwise precision, recall and F1, over all records and over person pairs across borders.",
    )
    .requiredOption('--truth <file>', 'the truth.json written by veta simulate')
    .option(
      '--against <db>',
      'another Veta database (postgres://… or file:///folder) scored on the same person records: a hub on encodings against one resolved in the clear',
    )
    .action(async (options: EvaluateOptions, command: Command) => {
      const context = contextFrom(command, io);
      const truth = await import('../../resolve/truth-party-records.js');
      const { evaluateResolution } = await import('../../resolve/evaluate-resolution.js');
      const { resolveDatabaseTarget } = await import('../../store/engine/database-target.js');
      const path = resolve(options.truth);
      const mentions = await truth.readTruthMentions(path);
      const known = {
        files: await truth.regionFilesByHash(path, mentions),
        persons: await truth.readTruthPersons(path),
      };
      const { crossBorderRows, ...result } = await withDatabase(context, (db) =>
        evaluateResolution(db, mentions, known),
      );
      const against =
        options.against === undefined
          ? undefined
          : await withDatabase({ ...context, target: resolveDatabaseTarget(options.against, {}) }, (db) =>
              evaluateResolution(db, mentions, { ...known, only: crossBorderRows }),
            );
      const output = {
        ...result,
        ...(against === undefined ? {} : { against: { crossBorderPersons: against.crossBorderPersons } }),
      };
      printResult(context, output, () =>
        [
          `records scored: ${result.records} (${result.unmatchedRecords} not in the truth)`,
          `entities: ${result.predictedEntities} predicted, ${result.trueEntities} true`,
          `pairs: ${result.predictedPairs} predicted, ${result.truePairs} true, ${result.correctPairs} correct`,
          `precision ${result.precision.toFixed(4)}  recall ${result.recall.toFixed(4)}  F1 ${result.f1.toFixed(4)}`,
          `persons across borders: ${scores(result.crossBorderPersons)}`,
          ...(against === undefined
            ? []
            : [`the same persons in ${options.against ?? ''}: ${scores(against.crossBorderPersons)}`]),
        ].join('\n'),
      );
    });
}

function scores(s: PairwiseScores): string {
  return `${s.records} records, ${s.truePairs} true pairs, ${s.predictedPairs} predicted; precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`;
}
