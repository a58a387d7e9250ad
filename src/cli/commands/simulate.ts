import { Command } from 'commander';
import { resolve } from 'node:path';
import { createProgress } from '../../core/progress.js';
import { VetaError } from '../../core/veta-error.js';
import { parseMonth, type Month } from '../../simulate/calendar.js';
import { isNoiseLevel, isScale } from '../../simulate/options.js';
import type { SimulateOptions } from '../../simulate/options.js';
import { contextFrom } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface SimulateFlags {
  seed: string;
  scale: string;
  from: string;
  to: string;
  out: string;
  clean?: boolean;
  noise: string;
}

/** `veta simulate`: writes a simulated region in every national layout, with its ground truth. */
export function simulateCommand(io: CliIo): Command {
  return new Command('simulate')
    .description(
      'Write a simulated Andean region (every national layout) with planted schemes and truth.json.',
    )
    .requiredOption(
      '--out <dir>',
      'folder to write DIR/<CC>/<LAYOUT-ID>.<ext>, DIR/INTL/... and DIR/truth.json',
    )
    .option('--seed <n>', 'random seed: the same seed and scale give byte-identical files', '1')
    .option('--scale <scale>', 'small (~50k rows), medium (~1M) or large (~10M)', 'small')
    .option('--from <yyyy-mm>', 'first month', '2022-01')
    .option('--to <yyyy-mm>', 'last month', '2024-12')
    .option('--clean', 'write the licit world only, without planted schemes')
    .option(
      '--noise <level>',
      'normal, or high: every error probability of every registry doubled (capped at 1), plus transposed and impossible birth dates and given names swapped with surnames',
      'normal',
    )
    .action(async (flags: SimulateFlags, command: Command) => {
      const context = contextFrom(command, io);
      const options = parseFlags(flags);
      const months = (options.to.year - options.from.year) * 12 + options.to.month - options.from.month + 1;
      const progress = createProgress({
        label: 'Simulating',
        total: months,
        unit: 'months',
        stream: io.stderr,
      });
      // Loaded on use: the simulator brings exceljs and the world model, heavy for every other command.
      const { simulateRegion } = await import('../../simulate/simulate.js');
      const summary = await simulateRegion(options, progress);
      printResult(
        context,
        summary,
        () =>
          `Wrote ${plural(summary.files.length, 'file')} (${summary.totalRows.toLocaleString('en')} rows) and truth.json ` +
          `(${plural(summary.schemeInstances, 'planted scheme')}) to ${summary.outDir}.`,
      );
    });
}

function parseFlags(flags: SimulateFlags): SimulateOptions {
  const seed = Number(flags.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new VetaError('USAGE', `--seed must be a whole number, not "${flags.seed}".`);
  if (!isScale(flags.scale))
    throw new VetaError('USAGE', `--scale must be small, medium or large, not "${flags.scale}".`);
  const from = month(flags.from, '--from');
  const to = month(flags.to, '--to');
  if (!isNoiseLevel(flags.noise))
    throw new VetaError('USAGE', `--noise must be normal or high, not "${flags.noise}".`);
  if (from.year * 12 + from.month > to.year * 12 + to.month)
    throw new VetaError('USAGE', '--from must not be after --to.');
  return {
    seed,
    scale: flags.scale,
    from,
    to,
    outDir: resolve(flags.out),
    plantSchemes: flags.clean !== true,
    noise: flags.noise,
  };
}

function month(text: string, flag: string): Month {
  const parsed = parseMonth(text);
  if (!parsed) throw new VetaError('USAGE', `${flag} must be a month written yyyy-mm, not "${text}".`);
  return parsed;
}
