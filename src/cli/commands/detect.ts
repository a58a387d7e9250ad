import { Command } from 'commander';
import { createProgress, silentProgress } from '../../core/progress.js';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface DetectOptions {
  only?: string;
  country?: string;
  rules?: string;
  from?: string;
  to?: string;
}

/** `veta detect`: run the detectors over the stored records and store their alerts. */
export function detectCommand(io: CliIo): Command {
  return new Command('detect')
    .description(
      'Run the detectors over the stored records; alerts keep stable ids, so a rerun updates them.',
    )
    .option('--only <codes>', 'comma-separated typology codes, e.g. MIRROR_TRADE_GAP')
    .option('--country <cc>', 'only alerts of this country (ISO alpha-2)')
    .option(
      '--rules <file>',
      "a draft rulebook to detect under instead of the standard's: each country's alerts are raised under the thresholds it sets",
    )
    .option('--from <yyyy-mm>', 'only alerts whose period ends in or after this month')
    .option('--to <yyyy-mm>', 'only alerts whose period starts in or before this month')
    .action(async (options: DetectOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { runDetection } = await import('../../detect/run-detection.js');
      const { builtinCatalogue } = await import('../../detect/catalogue/catalogue.js');
      const { detectionRules } = await import('../../rules/rulebook-thresholds.js');
      // The rules in force today set the thresholds (the rulebook keeps their history).
      const today = new Date().toISOString().slice(0, 10);
      const under = detectionRules(builtinCatalogue(), today, options.rules);
      const only = options.only
        ?.split(',')
        .map((code) => code.trim().toUpperCase())
        .filter((code) => code !== '');
      let progress = silentProgress;
      const runs = await withDatabase(context, (db) =>
        runDetection(db, {
          ...under,
          only,
          country: options.country?.toUpperCase(),
          window: detectionWindow(options.from, options.to),
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

/** The --from/--to months as the first and last day they cover; either may be left open. */
function detectionWindow(
  from: string | undefined,
  to: string | undefined,
): { from: string; to: string } | undefined {
  if (from === undefined && to === undefined) return undefined;
  for (const [flag, month] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (month !== undefined && !MONTH.test(month)) {
      throw new VetaError('USAGE', `${flag} ${month} is not a month; write it as YYYY-MM, e.g. 2024-03.`);
    }
  }
  const last = to === undefined ? '9999-12-31' : lastDay(to);
  const first = from === undefined ? '0001-01-01' : `${from}-01`;
  if (first > last) throw new VetaError('USAGE', `--from ${from ?? ''} is after --to ${to ?? ''}.`);
  return { from: first, to: last };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function lastDay(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 0, number ?? 1, 0));
  return day.toISOString().slice(0, 10);
}
