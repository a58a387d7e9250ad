import { Command } from 'commander';
import { resolve } from 'node:path';
import { REGION_COUNTRIES } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface UpOptions {
  region: string;
  nodes: string;
  dir: string;
  transport: string;
  agreements?: string;
  day?: string;
}

/** `veta federation`: a simulated deployment of national nodes and the regional hub. */
export function federationCommand(io: CliIo): Command {
  const federation = new Command('federation').description(
    'A simulated deployment: one node per country and the regional hub, each with its own database.',
  );
  federation
    .command('up')
    .description(
      "Load each country's simulated files into its own node, share with the hub under the example agreements, and detect at the hub.",
    )
    .requiredOption('--region <dir>', 'a folder written by "veta simulate"')
    .option('--nodes <codes>', 'the countries that run a node', REGION_COUNTRIES.join(','))
    .requiredOption('--dir <out>', 'where the nodes keep their identities, bundles and PGlite databases')
    .option(
      '--transport <how>',
      'files (bundle folders) or a NATS server, e.g. nats://127.0.0.1:4222',
      'files',
    )
    .option(
      '--agreements <dir>',
      'the agreements <cc>-hub.yaml to share under (default: examples/agreements)',
    )
    .option('--day <yyyy-mm-dd>', 'apply the agreements as on this day (default today)')
    .action(async (options: UpOptions, command: Command) => {
      const context = contextFrom(command, io);
      const nodes = options.nodes
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter((code) => code !== '');
      const unknown = nodes.filter((code) => !(REGION_COUNTRIES as readonly string[]).includes(code));
      if (unknown.length > 0)
        throw new VetaError(
          'USAGE',
          `--nodes: ${unknown.join(', ')} is not a country of the region (${REGION_COUNTRIES.join(', ')}).`,
        );
      if (options.transport !== 'files' && !/^nats:\/\//.test(options.transport))
        throw new VetaError(
          'USAGE',
          `--transport must be "files" or a nats:// address, not "${options.transport}".`,
        );
      const { federationUp } = await import('../../federation/up/federation-up.js');
      const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
      const summary = await federationUp({
        region: resolve(options.region),
        nodes,
        out: resolve(options.dir),
        transport:
          options.transport === 'files'
            ? { files: true }
            : { url: options.transport, names: brokerNamesFrom(io.env) },
        serverUrl: context.target.engine === 'postgres' ? context.target.url : undefined,
        agreements: options.agreements,
        day: options.day,
        logger: context.logger,
        onStage: (message) => io.stderr.write(`${message} ...\n`),
      });
      printResult(context, summary, () =>
        [
          ...summary.nodes.flatMap((node) => [
            `${node.node}: ${plural(node.rows, 'row')} loaded into ${node.database}; ${plural(node.envelopes, 'envelope')} to the hub.`,
            ...node.tallies.map(
              (tally) =>
                `  ${tally.recordType.padEnd(22)} ${tally.form.padEnd(13)} ${String(tally.sent).padStart(8)} sent ${String(tally.withheld).padStart(8)} kept${tally.reason === undefined ? '' : ` (${tally.reason})`}`,
            ),
          ]),
          `Hub (${summary.hub.database}): ${plural(summary.hub.received.applied, 'envelope')} applied, ${String(summary.hub.received.refused.length)} refused; ${plural(summary.hub.internationalRows, 'international row')}; ${String(summary.hub.entities)} entities; ${plural(summary.hub.alerts, 'alert')}.`,
          `Work on a member as usual, e.g. VETA_DATA_DIR=${resolve(options.dir, 'hub')} veta evaluate --truth ${resolve(options.region, 'truth.json')}`,
        ].join('\n'),
      );
    });
  return federation;
}
