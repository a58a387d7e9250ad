import { appendAudit } from '../../audit/append-audit.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { revealRepository, type StoredReveal } from '../../store/federation/reveal-repository.js';
import type { LinkageKey } from '../linkage/linkage-key.js';
import { personBehind } from './person-behind.js';

/** How long a revealed identity stays readable at the hub, unless the supervisor says otherwise. */
export const DEFAULT_REVEAL_DAYS = 30;
const MAX_REVEAL_DAYS = 365;

export interface RevealDecision {
  approve: boolean;
  reason: string;
  /** Days the identity stays readable at the hub (approvals only). */
  days?: number | undefined;
}

/**
 * A supervisor of the owning node approves or refuses a hub's request, once, with a reason. The
 * decision waits to be sent (`sendReveals`); an approval is checked first against the node's
 * persons, so nothing is promised that cannot be given.
 */
export async function decideReveal(
  db: Database,
  decider: { id: string | null; username: string },
  id: string,
  decision: RevealDecision,
  linkage: LinkageKey | undefined,
  now = new Date(),
): Promise<StoredReveal> {
  const reason = decision.reason.trim();
  if (reason === '')
    throw new VetaError(
      'REVEAL_INVALID',
      'Give the reason for the decision: it is sent to the hub and audited.',
    );
  const days = decision.days ?? DEFAULT_REVEAL_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_REVEAL_DAYS)
    throw new VetaError(
      'REVEAL_INVALID',
      `A revealed identity stays readable 1 to ${String(MAX_REVEAL_DAYS)} days, not ${String(days)}.`,
    );
  return db.transaction(async (tx) => {
    const request = await revealRepository.byId(tx, id);
    if (request?.direction !== 'incoming')
      throw new VetaError('NOT_FOUND', `No hub asked this node to reveal anyone under request ${id}.`);
    if (decision.approve) {
      if (linkage === undefined)
        throw new VetaError(
          'NODE_NOT_INITIALISED',
          'This node holds no linkage key, so it cannot tell who the token is. Import the region\'s key with "veta linkage-key import".',
        );
      if (request.answerKey === null)
        throw new VetaError(
          'REVEAL_INVALID',
          `Request ${id} came with no key to seal the identity to (the hub asked before identities were sealed): refuse it, and let the hub ask again.`,
        );
      await personBehind(tx, linkage, request.party);
    }
    const decided = await revealRepository.decide(tx, id, {
      status: decision.approve ? 'approved' : 'refused',
      decidedBy: decider.username,
      decidedAt: now,
      reason,
      expiresAt: decision.approve ? new Date(now.getTime() + days * 86_400_000) : null,
    });
    if (decided === undefined)
      throw new VetaError(
        'CONFLICT',
        `Request ${id} was ${request.status} already${request.decidedBy === null ? '' : ` by ${request.decidedBy}`}: a request is decided once.`,
      );
    await appendAudit(tx, {
      actorId: decider.id,
      actorUsername: decider.username,
      action: decision.approve ? 'reveal.approve' : 'reveal.refuse',
      subjectKind: 'reveal',
      subjectId: id,
      countries: [],
      details: {
        hub: request.hubNode,
        party: request.party,
        purpose: request.purpose,
        reason,
        ...(decided.expiresAt === null ? {} : { expiresAt: decided.expiresAt.toISOString() }),
      },
    });
    return decided;
  });
}
