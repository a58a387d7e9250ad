import { Command } from 'commander';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

/** `veta owners ID`: the natural persons at the end of every ownership chain above a company. */
export function ownersCommand(io: CliIo): Command {
  return new Command('owners')
    .description(
      'Ultimate beneficial owners of a company: effective shares multiplied along each chain and summed over chains, control without a share, depth, and ownership loops.',
    )
    .argument('<id>', 'canonical identifier of the company, e.g. PE:RUC:20123456789')
    .option('--max-depth <n>', 'deepest chain to follow', '20')
    .action(async (id: string, options: { maxDepth: string }, command: Command) => {
      const context = contextFrom(command, io);
      const { ultimateOwners } = await import('../../network/ultimate-owners.js');
      const { renderOwners } = await import('../../network/render-owners.js');
      const report = await withDatabase(context, (db) =>
        ultimateOwners(db, id.toUpperCase(), Number(options.maxDepth)),
      );
      printResult(context, report, () => renderOwners(report));
    });
}
