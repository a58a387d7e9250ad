import { Command } from 'commander';
import { createProgress, silentProgress } from '../../core/progress.js';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

interface CompareOptions {
  rules?: string;
  on?: string;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `veta rules`: the countries' rules as data, compared. */
export function rulesCommand(io: CliIo): Command {
  const rules = new Command('rules').description(
    "The region's rulebook: each country's rules, with their sources.",
  );

  rules
    .command('compare')
    .description(
      'Show the four countries side by side, topic by topic, with the differences and grey zones named.',
    )
    .option('--rules <file>', "a draft rulebook instead of the standard's")
    .option('--on <yyyy-mm-dd>', 'the rules in force on this day (default: today)')
    .action(async (options: CompareOptions, command: Command) => {
      const context = contextFrom(command, io);
      const day = dayOf(options.on);
      const { rulebookAt } = await import('../../rules/rulebook-thresholds.js');
      const { compareRules } = await import('../../rules/compare-rules.js');
      const { renderComparison } = await import('../../rules/render-comparison.js');
      const rulebook = rulebookAt(options.rules);
      const topics = compareRules(rulebook, day);
      printResult(context, { version: rulebook.version, day, topics }, () => renderComparison(topics, day));
    });

  rules
    .command('what-if')
    .description(
      'Count, per country, the alerts each candidate common standard would raise: for each topic, every country holding the strictest rule (on the loaded database; nothing is stored).',
    )
    .option('--rules <file>', "a draft rulebook instead of the standard's")
    .option('--on <yyyy-mm-dd>', 'the rules in force on this day (default: today)')
    .action(async (options: CompareOptions, command: Command) => {
      const context = contextFrom(command, io);
      const day = dayOf(options.on);
      const { rulebookAt } = await import('../../rules/rulebook-thresholds.js');
      const { builtinCatalogue } = await import('../../detect/catalogue/catalogue.js');
      const { strictestWhatIf } = await import('../../rules/strictest-what-if.js');
      const { renderWhatIf } = await import('../../rules/render-what-if.js');
      const rulebook = rulebookAt(options.rules);
      let progress = silentProgress;
      const view = await withDatabase(context, (db) =>
        strictestWhatIf(db, {
          catalogue: builtinCatalogue(),
          rulebook,
          day,
          onRun: (done, total) => {
            if (total === 0) return;
            if (done === 0)
              progress = createProgress({
                label: 'What if',
                total,
                unit: 'detector runs',
                stream: io.stderr,
              });
            else progress.update(done);
          },
        }),
      );
      progress.done();
      printResult(context, view, () => renderWhatIf(view));
    });

  return rules;
}

/** The day --on names, today by default. */
function dayOf(on: string | undefined): string {
  const day = on ?? new Date().toISOString().slice(0, 10);
  if (!DAY.test(day))
    throw new VetaError('USAGE', `--on ${day} is not a day; write it as YYYY-MM-DD, e.g. 2024-03-01.`);
  return day;
}
