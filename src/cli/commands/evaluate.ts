import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

interface EvaluateOptions {
  truth: string;
  out: string;
  only?: string;
}

/** `veta evaluate`: how the stored alerts compare with a simulated region's planted schemes. */
export function evaluateCommand(io: CliIo): Command {
  return new Command('evaluate')
    .description(
      'Score the stored alerts, each episode counted as one, against the ground truth of a simulated region: planted schemes found and alerts matching nothing planted, per typology.',
    )
    .requiredOption('--truth <file>', 'the truth.json written by veta simulate')
    .option('--out <file>', 'where to write the evaluation as JSON', 'evaluation.json')
    .option(
      '--only <codes>',
      'comma-separated typology codes to report, e.g. the cross-border ones at a hub (alerts still match any planted scheme)',
    )
    .action(async (options: EvaluateOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { readTruth } = await import('../../detect/evaluate/truth-file.js');
      const { evaluate } = await import('../../detect/evaluate/evaluate.js');
      const { renderEvaluation, TARGETS, meetsTargets } =
        await import('../../detect/evaluate/render-evaluation.js');
      const { builtinCatalogue } = await import('../../detect/catalogue/catalogue.js');
      const { alertEpisodeRepository } = await import('../../store/alerts/alert-episode-repository.js');
      const truth = await readTruth(resolve(options.truth));
      // An episode is what an analyst works on, so it is what counts as an alert here.
      const episodes = await withDatabase(context, (db) => alertEpisodeRepository.list(db));
      const only = options.only
        ?.split(',')
        .map((code) => code.trim().toUpperCase())
        .filter((code) => code !== '');
      const evaluation = evaluate(truth, episodes, only === undefined ? undefined : new Set(only));
      const catalogue = builtinCatalogue();
      const status = (code: string): string =>
        catalogue.typologies.find((typology) => typology.code === code)?.status ?? 'unknown';
      const result = {
        truth: resolve(options.truth),
        targets: TARGETS,
        ...evaluation,
        typologies: evaluation.typologies.map((score) => ({
          ...score,
          status: status(score.typology),
          meetsTargets: meetsTargets(score),
        })),
      };
      try {
        await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`);
      } catch (error) {
        throw new VetaError(
          'OUTPUT_UNWRITABLE',
          `Could not write the evaluation to ${options.out} (${error instanceof Error ? error.message : String(error)}); choose another path with --out.`,
        );
      }
      printResult(
        context,
        result,
        () => `${renderEvaluation(evaluation, status)}\n\nWritten to ${options.out}.`,
      );
    });
}
