import { VetaError } from '../../core/veta-error.js';
import type { Receiving } from '../../federation/receive/keep-receiving.js';
import type { NodeDescriptor } from '../../federation/node-descriptor.js';
import type { Database } from '../../store/engine/database.js';
import type { CliIo } from '../io.js';
import { plural } from '../output.js';

/** How `veta serve --role hub` consumes: from which broker, how often, with which identity. */
export interface HubServing {
  transport: string;
  everySeconds: number;
  self: NodeDescriptor;
}

/**
 * Reads --role, --transport and --every, and the hub's identity: a hub consumes from a broker, a
 * node serves only. Checked before the server listens, so a mistake stops it at once.
 */
export async function hubServingFrom(
  options: { role: string; transport?: string; every: string },
  nodeDir: string,
): Promise<HubServing | undefined> {
  if (options.role !== 'hub' && options.role !== 'node')
    throw new VetaError('USAGE', `--role must be node or hub, not "${options.role}".`);
  if (options.role === 'node') {
    if (options.transport !== undefined)
      throw new VetaError('USAGE', '--transport is for --role hub, which consumes what nodes publish.');
    return undefined;
  }
  if (options.transport === undefined)
    throw new VetaError(
      'USAGE',
      '--role hub needs --transport nats://HOST:PORT, the broker the nodes publish to.',
    );
  const everySeconds = Number(options.every);
  if (!Number.isFinite(everySeconds) || everySeconds < 1)
    throw new VetaError('USAGE', `--every must be a number of seconds, at least 1, not "${options.every}".`);
  const { loadNodeDescriptor } = await import('../../federation/node-identity.js');
  const self = await loadNodeDescriptor(nodeDir);
  if (self.role !== 'hub')
    throw new VetaError(
      'USAGE',
      `The node in ${nodeDir} (${self.nodeId}) is a country's node, not a hub: serve it without --role hub, or give the hub's --node-dir.`,
    );
  return { transport: options.transport, everySeconds, self };
}

/**
 * Starts consuming beside the server: each round applies what arrived and, when something did,
 * resolves and detects so the alerts follow; every round that did something or failed is printed.
 */
export async function startHubReceiving(db: Database, serving: HubServing, io: CliIo): Promise<Receiving> {
  const { self } = serving;
  const { keepReceiving } = await import('../../federation/receive/keep-receiving.js');
  const { analyseArrivals } = await import('../../federation/receive/analyse-arrivals.js');
  const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
  io.stdout.write(
    `Receiving as ${self.nodeId} from ${serving.transport} every ${plural(serving.everySeconds, 'second')}.\n`,
  );
  return keepReceiving(
    db,
    self,
    { transport: serving.transport, names: brokerNamesFrom(io.env) },
    {
      everyMs: serving.everySeconds * 1000,
      afterApplied: async () => {
        const { entities, alerts } = await analyseArrivals(db, new Date().toISOString().slice(0, 10));
        io.stdout.write(
          `Resolved ${String(entities)} ${entities === 1 ? 'entity' : 'entities'}; ${plural(alerts, 'alert')} raised.\n`,
        );
      },
      onRound: (round) => {
        if ('error' in round)
          io.stderr.write(
            `Receiving failed (${round.error}); trying again in ${plural(serving.everySeconds, 'second')}.\n`,
          );
        else if (round.report.applied > 0 || round.report.refused.length > 0)
          io.stdout.write(
            `Applied ${plural(round.report.applied, 'envelope')}; refused ${String(round.report.refused.length)}.\n`,
          );
      },
    },
  );
}
