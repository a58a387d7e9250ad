import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import type { StoredReveal } from '../../store/federation/reveal-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { plural, printResult } from '../output.js';
import { cliManager } from './user-operator.js';

/** `veta reveal`: requests to reveal a pseudonymised person, made at the hub, decided at the node. */
export function revealCommand(io: CliIo): Command {
  const command = new Command('reveal').description(
    'Requests to reveal a pseudonymised person: the hub asks, the node that shared the person approves or refuses.',
  );
  command
    .command('list')
    .description('The requests this node made (at the hub) or must decide (at a country node).')
    .action(async (_options: object, sub: Command) => {
      const context = contextFrom(sub, io);
      const { revealRepository } = await import('../../store/federation/reveal-repository.js');
      const reveals = await withDatabase(context, async (db) => {
        await revealRepository.expire(db, new Date());
        return [
          ...(await revealRepository.list(db, 'incoming')),
          ...(await revealRepository.list(db, 'outgoing')),
        ];
      });
      // The command line lists requests, never identities: those are read by the requester in the app.
      printResult(context, { requests: reveals.map(withoutIdentity) }, () =>
        reveals.length === 0 ? 'No requests to reveal a person.' : reveals.map(describe).join('\n'),
      );
    });
  command
    .command('request')
    .description('Ask the node that shared a pseudonymised person of an alert to reveal them (at the hub).')
    .requiredOption('--alert <id>', 'the alert the person is part of')
    .requiredOption('--party <token>', "the person's token (TK:…)")
    .requiredOption('--purpose <code>', "one of the purposes the node's agreement lists")
    .requiredOption('--reason <text>', 'why the person must be revealed')
    .action(
      async (options: { alert: string; party: string; purpose: string; reason: string }, sub: Command) => {
        const context = contextFrom(sub, io);
        const { requestReveal } = await import('../../federation/reveal/request-reveal.js');
        const stored = await withDatabase(context, (db) =>
          requestReveal(
            db,
            { id: null, username: cliManager().username, scope: { countries: 'ALL', agency: null } },
            options,
          ),
        );
        printResult(context, withoutIdentity(stored), () =>
          [
            `Request ${stored.id} to reveal ${stored.party} recorded for ${stored.ownerNode}.`,
            'It leaves with "veta reveal send --transport URL" (or --out DIR), or with the hub\'s next round under "veta serve --role hub".',
          ].join('\n'),
        );
      },
    );
  for (const verdict of ['approve', 'refuse'] as const) {
    const sub = command
      .command(verdict)
      .description(
        verdict === 'approve'
          ? "Approve a hub's request: the person's name, documents and birth date go to the one who asked, until they expire."
          : "Refuse a hub's request, with the reason.",
      )
      .argument('<id>', 'the request, as "veta reveal list" shows it')
      .requiredOption('--reason <text>', 'why, sent to the hub and audited')
      .option(
        '--node-dir <dir>',
        "this node's folder, with its linkage key (default VETA_NODE_DIR or ./.veta-node)",
      );
    if (verdict === 'approve') sub.option('--days <n>', 'days the identity stays readable at the hub', '30');
    sub.action(async (id: string, options: { reason: string; days?: string }, cmd: Command) => {
      const context = contextFrom(cmd, io);
      const days = options.days === undefined ? undefined : Number(options.days);
      if (days !== undefined && !Number.isInteger(days))
        throw new VetaError('USAGE', `--days must be a whole number of days, not "${String(options.days)}".`);
      const { loadLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      const { decideReveal } = await import('../../federation/reveal/decide-reveal.js');
      const linkage = verdict === 'approve' ? await loadLinkageKey(nodeDirOf(cmd, io)) : undefined;
      const decided = await withDatabase(context, (db) =>
        decideReveal(
          db,
          { id: null, username: cliManager().username },
          id,
          { approve: verdict === 'approve', reason: options.reason, days },
          linkage,
        ),
      );
      printResult(context, withoutIdentity(decided), () =>
        [
          `Request ${decided.id} ${decided.status}${decided.expiresAt === null ? '' : ` until ${decided.expiresAt.toISOString()}`}.`,
          'The decision leaves with "veta reveal send --transport URL" (or --out DIR).',
        ].join('\n'),
      );
    });
  }
  command
    .command('send')
    .description("Send what waits: the hub's requests to the nodes, a node's decisions to the hub.")
    .option('--out <dir>', 'write the envelopes as files in this folder (for "veta receive DIR")')
    .option('--transport <url>', 'publish on this NATS server, e.g. nats://127.0.0.1:4222')
    .option('--node-dir <dir>', "this node's identity (default VETA_NODE_DIR or ./.veta-node)")
    .action(async (options: { out?: string; transport?: string }, sub: Command) => {
      const context = contextFrom(sub, io);
      if ((options.out === undefined) === (options.transport === undefined))
        throw new VetaError('USAGE', 'Give one of --out DIR (bundle files) or --transport nats://HOST:PORT.');
      const { loadNodeIdentity } = await import('../../federation/node-identity.js');
      const { loadLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      const { sendRevealsTo } = await import('../../federation/reveal/send-reveals.js');
      const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
      const identity = await loadNodeIdentity(nodeDirOf(sub, io));
      const linkage = await loadLinkageKey(nodeDirOf(sub, io));
      const { sent, waiting, delivered } = await withDatabase(context, (db) =>
        sendRevealsTo(
          db,
          identity,
          linkage,
          options.out === undefined
            ? { transport: options.transport ?? '', names: brokerNamesFrom(io.env) }
            : { out: options.out },
        ),
      );
      printResult(context, { sent, waiting, delivered }, () =>
        [
          sent === 0 && waiting.length === 0
            ? 'Nothing waits to be sent.'
            : `Sent ${plural(sent, 'envelope')}: ${delivered}.`,
          ...waiting.map((wait) => `Request ${wait.id} still waits: ${wait.reason}`),
        ].join('\n'),
      );
    });
  return command;
}

function withoutIdentity(reveal: StoredReveal): StoredReveal {
  return { ...reveal, identity: undefined };
}

function describe(reveal: StoredReveal): string {
  const who = reveal.direction === 'incoming' ? `from ${reveal.hubNode}` : `to ${reveal.ownerNode}`;
  return `${reveal.id}  ${reveal.status.padEnd(8)} ${who}  ${reveal.party}  ${reveal.purpose}  alert ${reveal.alertId ?? '-'}  by ${reveal.requestedBy}: ${reveal.reason}${reveal.sentAt === null ? '  (not sent yet)' : ''}`;
}
