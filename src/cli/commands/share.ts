import { Command } from 'commander';
import { createProgress } from '../../core/progress.js';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { plural, printResult } from '../output.js';

interface ShareOptions {
  agreement: string;
  out?: string;
  transport?: string;
  day?: string;
}

/** `veta share`: send what this node's agreement allows, over NATS or as a bundle folder. */
export function shareCommand(io: CliIo): Command {
  return new Command('share')
    .description(
      "Send the records loaded since the last share, as this node's data-sharing agreement allows: over NATS, or as signed files for an air-gapped exchange.",
    )
    .requiredOption('--agreement <file>', 'the agreement (YAML) this node shares under')
    .option('--out <dir>', 'write the envelopes as files in this folder (for "veta receive DIR")')
    .option('--transport <url>', 'publish on this NATS server, e.g. nats://127.0.0.1:4222')
    .option('--node-dir <dir>', "this node's identity (default VETA_NODE_DIR or ./.veta-node)")
    .option(
      '--day <yyyy-mm-dd>',
      'share as on this day (default today): for a rehearsal of a future agreement',
    )
    .action(async (options: ShareOptions, command: Command) => {
      const context = contextFrom(command, io);
      if ((options.out === undefined) === (options.transport === undefined))
        throw new VetaError('USAGE', 'Give one of --out DIR (bundle files) or --transport nats://HOST:PORT.');
      const { loadNodeIdentity } = await import('../../federation/node-identity.js');
      const { agreementFile, shareNode } = await import('../../federation/share/share-node.js');
      const { sendTo } = await import('../../federation/transport/send-to.js');
      const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
      const { loadLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      const identity = await loadNodeIdentity(nodeDirOf(command, io));
      const linkage = await loadLinkageKey(nodeDirOf(command, io));
      const agreement = agreementFile(options.agreement);
      const { share, delivered } = await withDatabase(context, async (db) => {
        const { recordsToRead } = await import('../../federation/share/collect-share.js');
        const toRead = await recordsToRead(db, agreement, options.day ?? today());
        const progress = createProgress({
          label: `Sharing under ${agreement.id} v${String(agreement.version)}`,
          total: toRead.total,
          unit: 'records',
          stream: io.stderr,
        });
        let read = 0;
        const sender = await sendTo(
          options.out === undefined
            ? { transport: options.transport ?? '', names: brokerNamesFrom(io.env) }
            : { out: options.out },
        );
        try {
          const result = await shareNode(db, identity, agreement, (envelope) => sender.send(envelope), {
            day: options.day ?? today(),
            linkage,
            onRecords: (count) => progress.update((read += count)),
            pending: toRead.pending,
          });
          progress.done();
          return { share: result, delivered: sender.describe() };
        } finally {
          await sender.close();
        }
      });
      printResult(
        context,
        {
          agreement: { id: agreement.id, version: agreement.version, to: agreement.to },
          ...share,
          delivered,
        },
        () =>
          [
            `Shared with ${agreement.to} under ${agreement.id} v${String(agreement.version)}: ${plural(share.envelopes, 'envelope')} ${delivered}.`,
            ...share.tallies.map(
              (tally) =>
                `  ${tally.recordType.padEnd(22)} ${tally.form.padEnd(13)} ${String(tally.sent).padStart(8)} sent ${String(tally.withheld).padStart(8)} kept here${tally.reason === undefined ? '' : ` (${tally.reason})`}`,
            ),
          ].join('\n'),
      );
    });
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
