import { appendAudit } from '../../audit/append-audit.js';
import type { Database } from '../../store/engine/database.js';
import { peerRepository } from '../../store/federation/peer-repository.js';
import type { NodeDescriptor } from '../node-descriptor.js';
import { receiveBundle } from '../transport/bundle-transport.js';
import { deliverWith, type ReceiveReport } from '../transport/delivery.js';
import { connectBroker, DEFAULT_BROKER_NAMES, type BrokerNames } from '../transport/nats-broker.js';
import { receiveEnvelopes } from '../transport/nats-transport.js';
import { revealRepository } from '../../store/federation/reveal-repository.js';
import { applyEnvelope } from './apply-envelope.js';
import { withdrawExpired, type Lapsed } from './withdraw-expired.js';

/** Where to receive from: a bundle folder, or the broker (from some peers, or every trusted one). */
export type Source =
  | { dir: string }
  | { transport: string; from?: readonly string[] | undefined; names?: BrokerNames | undefined };

/**
 * Receives and applies what peers sent this node, each envelope in its own transaction, and
 * audits the receive with what was refused and why: the trail shows every attempt a peer made.
 */
export async function receiveNode(
  db: Database,
  self: NodeDescriptor,
  source: Source,
  options: { actor?: string; day?: string; onProgress?: (report: ReceiveReport) => void } = {},
): Promise<ReceiveReport & { lapsed: Lapsed[] }> {
  // What agreements that ended let this node hold goes first: nothing arriving can bring it back.
  const lapsed = await withdrawExpired(
    db,
    options.day ?? new Date().toISOString().slice(0, 10),
    options.actor,
  );
  // So are the identities revealed to the hub's users whose time is up.
  await revealRepository.expire(db, new Date());
  const deliver = (value: unknown) =>
    deliverWith((raw) => applyEnvelope(db, raw, self.nodeId, options.day), value);
  let report: ReceiveReport;
  if ('dir' in source) report = await receiveBundle(source.dir, deliver);
  else {
    const peers = source.from ?? [
      ...new Set(
        (await peerRepository.list(db))
          .filter((peer) => peer.revokedAt === null)
          .map((peer) => peer.descriptor.nodeId),
      ),
    ];
    const nc = await connectBroker(source.transport);
    report = { applied: 0, refused: [] };
    try {
      for (const from of peers) {
        const part = await receiveEnvelopes(
          nc,
          source.names ?? DEFAULT_BROKER_NAMES,
          { from, self: self.nodeId },
          deliver,
          {
            onProgress: (progress) =>
              options.onProgress?.({
                applied: report.applied + progress.applied,
                refused: [...report.refused, ...progress.refused],
              }),
          },
        );
        report = { applied: report.applied + part.applied, refused: [...report.refused, ...part.refused] };
      }
    } finally {
      await nc.close();
    }
  }
  // A round that found nothing leaves no entry: a hub consuming every minute would fill the trail.
  if (report.applied === 0 && report.refused.length === 0 && lapsed.length === 0)
    return { ...report, lapsed };
  await appendAudit(db, {
    actorId: null,
    actorUsername: options.actor ?? 'cli',
    action: 'federation.receive',
    subjectKind: 'node',
    subjectId: self.nodeId,
    countries: [],
    details: {
      source: 'dir' in source ? source.dir : source.transport,
      applied: report.applied,
      refused: report.refused.map(({ origin, reason }) => ({ origin, reason })),
    },
  });
  return { ...report, lapsed };
}
