import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';
import { OPERATOR_SCOPE, positiveInteger } from '../risk-options.js';

interface RiskOptions {
  kind?: string;
  country?: string;
  top: string;
  subject?: string;
}

/** `veta risk`: the latest risk scores, or one subject's score with every contribution. */
export function riskCommand(io: CliIo): Command {
  return new Command('risk')
    .description('Show the latest risk scores, highest first, or why one subject scores as it does.')
    .option('--kind <kind>', 'entity, right, trader, exporter or corridor (default: every kind)')
    .option('--country <cc>', 'only subjects of this country (ISO alpha-2)')
    .option('--top <n>', 'subjects of each kind to print', '10')
    .option('--subject <id>', "one subject's score and contributions (with --kind)")
    .action(async (options: RiskOptions, command: Command) => {
      const context = contextFrom(command, io);
      const top = positiveInteger(options.top, '--top');
      const { RISK_KINDS } = await import('../../risk/risk-weights-schema.js');
      const { riskRepository } = await import('../../store/risk/risk-repository.js');
      const render = await import('../../risk/render-risk.js');
      const kind = options.kind?.toLowerCase();
      if (kind !== undefined && !(RISK_KINDS as readonly string[]).includes(kind))
        throw new VetaError('USAGE', `--kind ${options.kind ?? ''} is not one of ${RISK_KINDS.join(', ')}.`);
      if (options.subject !== undefined) {
        if (kind === undefined)
          throw new VetaError(
            'USAGE',
            '--subject needs --kind, e.g. --kind right --subject PE:MR:010000002.',
          );
        const subject = options.subject;
        const score = await withDatabase(context, (db) =>
          riskRepository.find(db, OPERATOR_SCOPE, kind, subject),
        );
        if (!score)
          throw new VetaError(
            'NOT_FOUND',
            `The latest risk run has no ${kind} "${subject}": it has no evidence, or "veta score" has not run since it was loaded.`,
          );
        printResult(context, score, () => render.renderScoreDetail(score));
        return;
      }
      const kinds = kind === undefined ? RISK_KINDS : [kind];
      const country = options.country?.toUpperCase();
      const lists = await withDatabase(context, async (db) => {
        const found: Record<string, Awaited<ReturnType<typeof riskRepository.list>>['items']> = {};
        for (const each of kinds)
          found[each] = (
            await riskRepository.list(db, {
              scope: OPERATOR_SCOPE,
              kind: each,
              country,
              limit: top,
              offset: 0,
            })
          ).items;
        return found;
      });
      printResult(context, lists, () =>
        Object.entries(lists)
          .map(([each, scores]) =>
            [`${each}:`, ...(scores.length > 0 ? render.renderScoreLines(scores) : ['  (none scored)'])].join(
              '\n',
            ),
          )
          .join('\n\n'),
      );
    });
}
