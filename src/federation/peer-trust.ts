import { appendAudit } from '../audit/append-audit.js';
import { auditCountries } from '../audit/audit-countries.js';
import { VetaError } from '../core/veta-error.js';
import type { Database } from '../store/engine/database.js';
import { peerRepository } from '../store/federation/peer-repository.js';
import type { NodeDescriptor } from './node-descriptor.js';

/** Who changes this node's trust: a user, or the command line (id null). */
export interface TrustActor {
  id: string | null;
  username: string;
}

/**
 * Trusts a peer's key, audited in the same transaction: whoever reads the trail later sees who
 * let which key sign for which node. A node never trusts its own id: a copy of its descriptor
 * coming back would let another machine speak as it.
 */
export async function trustPeer(
  db: Database,
  descriptor: NodeDescriptor,
  self: NodeDescriptor | undefined,
  actor: TrustActor,
): Promise<{ added: boolean }> {
  if (self !== undefined && descriptor.nodeId === self.nodeId)
    throw new VetaError(
      'CONFLICT',
      `That descriptor is for ${descriptor.nodeId}, this node's own id: a node does not trust itself as a peer.`,
    );
  return db.transaction(async (tx) => {
    const added = await peerRepository.trust(tx, descriptor, actor.username);
    if (added)
      await appendAudit(tx, {
        actorId: actor.id,
        actorUsername: actor.username,
        action: 'federation.trust',
        subjectKind: 'node',
        subjectId: descriptor.nodeId,
        countries: auditCountries([descriptor.country]),
        details: { keyId: descriptor.keyId, role: descriptor.role, name: descriptor.name },
      });
    return { added };
  });
}

/** Stops trusting a peer's key (or all its keys), audited; NOT_FOUND when none was trusted. */
export async function revokePeer(
  db: Database,
  nodeId: string,
  keyId: string | undefined,
  actor: TrustActor,
): Promise<number> {
  return db.transaction(async (tx) => {
    const revoked = await peerRepository.revoke(tx, nodeId, keyId);
    if (revoked === 0)
      throw new VetaError(
        'NOT_FOUND',
        `This node trusts no key${keyId === undefined ? '' : ` ${keyId}`} of ${nodeId}; "veta node peers" lists the peers.`,
      );
    await appendAudit(tx, {
      actorId: actor.id,
      actorUsername: actor.username,
      action: 'federation.revoke',
      subjectKind: 'node',
      subjectId: nodeId,
      countries: [],
      details: { keyId: keyId ?? 'all', revoked },
    });
    return revoked;
  });
}
