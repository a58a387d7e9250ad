import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom } from '../context.js';
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
      const day = options.on ?? new Date().toISOString().slice(0, 10);
      if (!DAY.test(day))
        throw new VetaError('USAGE', `--on ${day} is not a day; write it as YYYY-MM-DD, e.g. 2024-03-01.`);
      const { rulebookAt } = await import('../../rules/rulebook-thresholds.js');
      const { compareRules } = await import('../../rules/compare-rules.js');
      const { renderComparison } = await import('../../rules/render-comparison.js');
      const rulebook = rulebookAt(options.rules);
      const topics = compareRules(rulebook, day);
      printResult(context, { version: rulebook.version, day, topics }, () => renderComparison(topics, day));
    });

  return rules;
}
