import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { plural, printResult } from '../output.js';

interface ReceiveOptions {
  transport?: string;
  from?: string;
}

/** `veta receive`: apply what trusted peers shared with this node. */
export function receiveCommand(io: CliIo): Command {
  return new Command('receive')
    .description(
      'Apply what trusted peers shared with this node, from a bundle folder or from NATS; each envelope is checked, applied whole and only once.',
    )
    .argument('[dir]', 'a bundle folder written by "veta share --out"')
    .option('--transport <url>', 'consume from this NATS server, e.g. nats://127.0.0.1:4222')
    .option('--from <nodes>', 'only these peers, e.g. PE,CO (default: every trusted peer)')
    .option('--node-dir <dir>', "this node's identity (default VETA_NODE_DIR or ./.veta-node)")
    .action(async (dir: string | undefined, options: ReceiveOptions, command: Command) => {
      const context = contextFrom(command, io);
      if ((dir === undefined) === (options.transport === undefined))
        throw new VetaError('USAGE', 'Give a bundle folder or --transport nats://HOST:PORT, not both.');
      const { loadNodeDescriptor } = await import('../../federation/node-identity.js');
      const { receiveNode } = await import('../../federation/receive/receive-node.js');
      const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
      const self = await loadNodeDescriptor(nodeDirOf(command, io));
      const from = options.from
        ?.split(',')
        .map((node) => node.trim().toUpperCase())
        .filter((node) => node !== '');
      const report = await withDatabase(context, (db) =>
        receiveNode(
          db,
          self,
          dir === undefined
            ? { transport: options.transport ?? '', from, names: brokerNamesFrom(io.env) }
            : { dir },
        ),
      );
      printResult(context, report, () =>
        [
          ...report.lapsed.map(
            (lapse) =>
              `Withdrew ${String(lapse.withdrawn)} records and totals that ${lapse.from} shared under ${lapse.agreement} v${String(lapse.version)}, which has ended.`,
          ),
          `Applied ${plural(report.applied, 'envelope')}; refused ${String(report.refused.length)}.`,
          ...report.refused.map((refusal) => `  ${refusal.origin}: ${refusal.message}`),
        ].join('\n'),
      );
    });
}
