import { Command } from 'commander';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

/** `veta network`: brokers, hubs and communities of the graph of parties. */
export function networkCommand(io: CliIo): Command {
  return new Command('network')
    .description(
      'Graph of parties linked by ownership, control, shared addresses and gold trade: top brokers (betweenness), hubs (degree) and the largest Louvain communities with the gold traded inside them.',
    )
    .option('--top <n>', 'how many of each to list', '10')
    .action(async (options: { top: string }, command: Command) => {
      const context = contextFrom(command, io);
      const { networkReport } = await import('../../network/graph/network-report.js');
      const { renderNetwork } = await import('../../network/graph/render-network.js');
      const report = await withDatabase(context, (db) => networkReport(db, { top: Number(options.top) }));
      printResult(context, report, () => renderNetwork(report));
    });
}
