import { randomUUID } from 'node:crypto';
import type { DataSharingAgreement } from '@veta/standard';
import { appendAudit } from '../../audit/append-audit.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database, Queryable } from '../../store/engine/database.js';
import { revealRepository, type StoredReveal } from '../../store/federation/reveal-repository.js';
import type { Scope } from '../../store/scope/scope.js';
import { seesCountry } from '../../store/scope/scope.js';
import { isToken } from '../linkage/person-encoding.js';

/** Who asks: a hub user (the API) or the command line (id null). */
export interface Requester {
  id: string | null;
  username: string;
  scope: Scope;
}

export interface RevealAsk {
  alert: string;
  party: string;
  purpose: string;
  reason: string;
}

/**
 * Records a hub analyst's request to reveal the person behind a token, to go to the node that
 * shared them: only a token the hub holds from a node, named in an alert the analyst may see, for
 * a purpose the node's agreement lists. Nothing is revealed here; the node decides.
 */
export async function requestReveal(
  db: Database,
  requester: Requester,
  ask: RevealAsk,
  now = new Date(),
): Promise<StoredReveal> {
  const reason = ask.reason.trim();
  if (reason === '')
    throw new VetaError('REVEAL_INVALID', 'Say why the person must be revealed: the reason is empty.');
  if (!isToken(ask.party))
    throw new VetaError(
      'REVEAL_INVALID',
      `${JSON.stringify(ask.party)} is not a pseudonymised person's token (TK:key id:code): only those can be revealed.`,
    );
  return db.transaction(async (tx) => {
    const alert = await alertNaming(tx, ask.alert, ask.party, requester.scope);
    const origin = await originOf(tx, ask.party);
    if (!origin.agreement.purposes.some((purpose) => purpose === ask.purpose))
      throw new VetaError(
        'REVEAL_INVALID',
        `${ask.purpose} is not a purpose agreement ${origin.agreement.id} v${String(origin.agreement.version)} lists (${origin.agreement.purposes.join(', ')}): a reveal is asked only for one of them.`,
      );
    const reveal = {
      id: randomUUID(),
      direction: 'outgoing' as const,
      hubNode: origin.agreement.to,
      ownerNode: origin.node,
      agreementId: origin.agreement.id,
      agreementVersion: origin.agreement.version,
      party: ask.party,
      alertId: alert,
      purpose: ask.purpose,
      reason,
      requestedById: requester.id,
      requestedBy: requester.username,
      requestedAt: now,
    };
    await revealRepository.add(tx, reveal);
    await appendAudit(tx, {
      actorId: requester.id,
      actorUsername: requester.username,
      action: 'reveal.request',
      subjectKind: 'reveal',
      subjectId: reveal.id,
      countries: [origin.agreement.from],
      details: { node: origin.node, party: ask.party, alert, purpose: ask.purpose, reason },
    });
    const stored = await revealRepository.byId(tx, reveal.id);
    if (stored === undefined) throw new Error('a reveal request just stored could not be read back');
    return stored;
  });
}

async function alertNaming(tx: Queryable, alertId: string, party: string, scope: Scope): Promise<string> {
  const [alert] = await tx.query<{ id: string; country: string | null; names: boolean }>(
    `SELECT id, country, ($2 = ANY (subjects) OR position($2 IN evidence::text) > 0) AS names
     FROM alert WHERE id = $1`,
    [alertId, party],
  );
  if (alert === undefined || !seesCountry(scope, alert.country))
    throw new VetaError('NOT_FOUND', `There is no alert ${alertId} you can see.`);
  if (!alert.names)
    throw new VetaError(
      'REVEAL_INVALID',
      `Alert ${alertId} does not name ${party}: a person is revealed only for an alert they are part of.`,
    );
  return alert.id;
}

/** The node that shared the person, and the latest version of the agreement it shared them under. */
async function originOf(
  tx: Queryable,
  party: string,
): Promise<{ node: string; agreement: DataSharingAgreement }> {
  const [row] = await tx.query<{ node: string; document: DataSharingAgreement }>(
    `SELECT e.from_node AS node, a.document
     FROM party p
     JOIN ingest_batch b ON b.id = p.batch_id
     JOIN federation_envelope e ON e.from_node = b.envelope_from AND e.id = b.envelope_id
     JOIN LATERAL (
       SELECT document FROM federation_agreement
       WHERE from_node = e.from_node AND id = e.agreement_id ORDER BY version DESC LIMIT 1
     ) a ON true
     WHERE p.id = $1 OR $1 = ANY (p.identifiers)
     LIMIT 1`,
    [party],
  );
  if (row === undefined)
    throw new VetaError(
      'NOT_FOUND',
      `No node shared a person ${party} with this hub: only a person a node shared pseudonymised can be revealed.`,
    );
  return { node: row.node, agreement: row.document };
}
