import type { DataSharingAgreement } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import type { LinkageKey } from '../../federation/linkage/linkage-key.js';
import type { NodeIdentity } from '../../federation/node-identity.js';
import type { Database } from '../../store/engine/database.js';
import type { CliIo } from '../io.js';
import { plural } from '../output.js';

/**
 * What `veta serve` does in the federation besides serving: a hub consumes what nodes publish,
 * round after round; a country's node answers the hub's questions under its agreement.
 */
export type FederationServing =
  | { role: 'hub'; transport: string; everySeconds: number; identity: NodeIdentity }
  | {
      role: 'node';
      transport: string;
      everySeconds: number;
      identity: NodeIdentity;
      agreement: DataSharingAgreement;
      linkage: LinkageKey | undefined;
    };

/**
 * Reads --role, --transport, --every and --agreement, and the node's identity. Checked before the
 * server listens, so a mistake stops it at once. Without --transport a node only serves.
 */
export async function federationServingFrom(
  options: { role: string; transport?: string; every: string; agreement?: string },
  nodeDir: string,
): Promise<FederationServing | undefined> {
  const { role, transport } = options;
  if (role !== 'hub' && role !== 'node')
    throw new VetaError('USAGE', `--role must be node or hub, not "${role}".`);
  if (transport === undefined) {
    if (role === 'hub')
      throw new VetaError(
        'USAGE',
        '--role hub needs --transport nats://HOST:PORT, the broker the nodes publish to.',
      );
    if (options.agreement !== undefined)
      throw new VetaError(
        'USAGE',
        '--agreement needs --transport: the broker the hub asks its questions on.',
      );
    return undefined;
  }
  const { loadNodeIdentity } = await import('../../federation/node-identity.js');
  const identity = await loadNodeIdentity(nodeDir);
  const self = identity.descriptor;
  if (self.role !== role)
    throw new VetaError(
      'USAGE',
      `The node in ${nodeDir} (${self.nodeId}) is ${self.role === 'hub' ? 'the hub' : "a country's node"}: serve it with --role ${self.role}, or give the right --node-dir.`,
    );
  const everySeconds = Number(options.every);
  if (!Number.isFinite(everySeconds) || everySeconds < 1)
    throw new VetaError('USAGE', `--every must be a number of seconds, at least 1, not "${options.every}".`);
  if (role === 'hub') return { role, transport, everySeconds, identity };
  if (options.agreement === undefined)
    throw new VetaError(
      'USAGE',
      "A country's node with --transport answers the hub's questions: give --agreement FILE, the agreement they are asked under.",
    );
  const { agreementFile } = await import('../../federation/share/share-node.js');
  const agreement = agreementFile(options.agreement);
  if (agreement.from !== self.country)
    throw new VetaError(
      'AGREEMENT_INVALID',
      `Agreement ${agreement.id} is ${agreement.from}'s, and this node is ${self.country}'s: it answers only under its own.`,
    );
  const { loadLinkageKey } = await import('../../federation/linkage/linkage-key.js');
  return { role, transport, everySeconds, identity, agreement, linkage: await loadLinkageKey(nodeDir) };
}

/** Starts the federation's side of serving; `stop` ends it. Each round or answer is printed. */
export async function startFederationServing(
  db: Database,
  serving: FederationServing,
  io: CliIo,
): Promise<{ stop(): Promise<void> }> {
  const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
  const names = brokerNamesFrom(io.env);
  if (serving.role === 'node') return answerQuestions(db, serving, names, io);
  const { keepReceiving } = await import('../../federation/receive/keep-receiving.js');
  const { analyseArrivals } = await import('../../federation/receive/analyse-arrivals.js');
  const self = serving.identity.descriptor;
  io.stdout.write(
    `Receiving as ${self.nodeId} from ${serving.transport} every ${plural(serving.everySeconds, 'second')}.\n`,
  );
  return keepReceiving(
    db,
    self,
    { transport: serving.transport, names },
    {
      everyMs: serving.everySeconds * 1000,
      eachRound: () => sendWaitingReveals(db, serving, names, io),
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

async function answerQuestions(
  db: Database,
  serving: Extract<FederationServing, { role: 'node' }>,
  names: { prefix: string },
  io: CliIo,
): Promise<{ stop(): Promise<void> }> {
  const { connectBroker } = await import('../../federation/transport/nats-broker.js');
  const { serveQuestions } = await import('../../federation/query/question-transport.js');
  const { answerQuestion } = await import('../../federation/query/answer-question.js');
  const { identity, agreement } = serving;
  const nc = await connectBroker(serving.transport);
  const named = `${agreement.id} v${String(agreement.version)}`;
  io.stdout.write(
    `Answering questions to ${identity.descriptor.nodeId} under ${named} on ${serving.transport}.\n`,
  );
  const questions = serveQuestions(
    nc,
    names,
    identity.descriptor.nodeId,
    async (query) => {
      const answer = await answerQuestion(db, identity, agreement, query);
      const payload = answer.payload as { refused?: string };
      io.stdout.write(
        payload.refused === undefined
          ? `Answered a question from ${answer.to} under ${named}.\n`
          : `Refused a query from ${answer.to}: ${payload.refused}\n`,
      );
      return answer;
    },
    (error) =>
      io.stderr.write(
        `A question could not be answered (${error instanceof Error ? error.message : String(error)}).\n`,
      ),
  );
  // Requests to reveal a person arrive from the hub, and the supervisors' decisions leave, each round.
  const { keepReceiving } = await import('../../federation/receive/keep-receiving.js');
  const reveals = keepReceiving(
    db,
    identity.descriptor,
    { transport: serving.transport, names },
    {
      everyMs: serving.everySeconds * 1000,
      eachRound: () => sendWaitingReveals(db, serving, names, io),
      onRound: (round) => {
        if ('error' in round) io.stderr.write(`Receiving from the hub failed (${round.error}).\n`);
        else if (round.report.applied > 0)
          io.stdout.write(
            `${plural(round.report.applied, 'request')} to reveal a person arrived: "veta reveal list" shows them.\n`,
          );
      },
    },
  );
  return {
    async stop() {
      await reveals.stop();
      await questions.stop();
      await nc.close();
    },
  };
}

/** Sends the requests (hub) or decisions (node) to reveal a person that wait; a failure waits a round. */
async function sendWaitingReveals(
  db: Database,
  serving: FederationServing,
  names: { prefix: string },
  io: CliIo,
): Promise<void> {
  const { sendRevealsTo } = await import('../../federation/reveal/send-reveals.js');
  try {
    const { sent, waiting } = await sendRevealsTo(
      db,
      serving.identity,
      serving.role === 'node' ? serving.linkage : undefined,
      { transport: serving.transport, names },
    );
    if (sent > 0) io.stdout.write(`Sent ${plural(sent, 'reveal request or decision')}.\n`);
    for (const wait of waiting) io.stderr.write(`Request ${wait.id} still waits: ${wait.reason}\n`);
  } catch (error) {
    io.stderr.write(
      `Requests or decisions to reveal a person could not be sent (${error instanceof Error ? error.message : String(error)}); they wait for the next round.\n`,
    );
  }
}
