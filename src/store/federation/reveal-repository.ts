import type { Queryable } from '../engine/database.js';

export type RevealDirection = 'outgoing' | 'incoming';
export type RevealStatus = 'pending' | 'approved' | 'refused' | 'expired';

/** A request to reveal a pseudonymised person, as one node holds it. */
export interface StoredReveal {
  id: string;
  direction: RevealDirection;
  hubNode: string;
  ownerNode: string;
  agreementId: string;
  agreementVersion: number;
  party: string;
  alertId: string | null;
  purpose: string;
  reason: string;
  requestedById: string | null;
  requestedBy: string;
  requestedAt: Date;
  status: RevealStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  expiresAt: Date | null;
  /** At the hub, an approved request's identity as the node sealed it (sealed-identity.ts). */
  identity: unknown;
  /** At the node: the key the hub asked the identity sealed to. */
  answerKey: string | null;
  sentAt: Date | null;
}

export type NewReveal = Pick<
  StoredReveal,
  | 'id'
  | 'direction'
  | 'hubNode'
  | 'ownerNode'
  | 'agreementId'
  | 'agreementVersion'
  | 'party'
  | 'alertId'
  | 'purpose'
  | 'reason'
  | 'requestedById'
  | 'requestedBy'
  | 'requestedAt'
> & { answerKey?: string };

const COLUMNS = `id, direction, hub_node AS "hubNode", owner_node AS "ownerNode", agreement_id AS "agreementId",
  agreement_version AS "agreementVersion", party, alert_id AS "alertId", purpose, reason,
  requested_by_id AS "requestedById", requested_by AS "requestedBy", requested_at AS "requestedAt", status,
  decided_by AS "decidedBy", decided_at AS "decidedAt", decision_reason AS "decisionReason",
  expires_at AS "expiresAt", identity, answer_key AS "answerKey", sent_at AS "sentAt"`;

export const revealRepository = {
  /** Records a request; false when one of this id is held already (a request delivered twice). */
  async add(db: Queryable, reveal: NewReveal): Promise<boolean> {
    const rows = await db.query<{ id: string }>(
      `INSERT INTO reveal_request (id, direction, hub_node, owner_node, agreement_id, agreement_version, party,
         alert_id, purpose, reason, requested_by_id, requested_by, requested_at, answer_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        reveal.id,
        reveal.direction,
        reveal.hubNode,
        reveal.ownerNode,
        reveal.agreementId,
        reveal.agreementVersion,
        reveal.party,
        reveal.alertId,
        reveal.purpose,
        reveal.reason,
        reveal.requestedById,
        reveal.requestedBy,
        reveal.requestedAt,
        reveal.answerKey ?? null,
      ],
    );
    return rows.length === 1;
  },

  async byId(db: Queryable, id: string): Promise<StoredReveal | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await db.query<StoredReveal>(`SELECT ${COLUMNS} FROM reveal_request WHERE id = $1`, [id]);
    return row;
  },

  async list(db: Queryable, direction: RevealDirection): Promise<StoredReveal[]> {
    return db.query<StoredReveal>(
      `SELECT ${COLUMNS} FROM reveal_request WHERE direction = $1 ORDER BY requested_at DESC, id`,
      [direction],
    );
  },

  /**
   * Decides a pending request; undefined when it was decided already, so a second approval (or a
   * replayed one) changes nothing. `identity` is kept only at the hub.
   */
  async decide(
    db: Queryable,
    id: string,
    decision: {
      status: 'approved' | 'refused';
      decidedBy: string;
      decidedAt: Date;
      reason: string;
      expiresAt: Date | null;
      identity?: unknown;
      sent?: boolean;
    },
  ): Promise<StoredReveal | undefined> {
    const [row] = await db.query<StoredReveal>(
      `UPDATE reveal_request SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5,
         expires_at = $6, identity = $7, sent_at = CASE WHEN $8 THEN now() ELSE NULL END
       WHERE id = $1 AND status = 'pending' RETURNING ${COLUMNS}`,
      [
        id,
        decision.status,
        decision.decidedBy,
        decision.decidedAt,
        decision.reason,
        decision.expiresAt,
        decision.identity === undefined ? null : JSON.stringify(decision.identity),
        decision.sent === true,
      ],
    );
    return row;
  },

  /** What waits for an envelope: the hub's requests not sent yet, the node's decisions not sent yet. */
  async unsent(db: Queryable): Promise<StoredReveal[]> {
    return db.query<StoredReveal>(
      `SELECT ${COLUMNS} FROM reveal_request WHERE sent_at IS NULL
         AND ((direction = 'outgoing' AND status = 'pending') OR (direction = 'incoming' AND status <> 'pending'))
       ORDER BY requested_at, id`,
    );
  },

  async markSent(db: Queryable, id: string): Promise<void> {
    await db.query('UPDATE reveal_request SET sent_at = now() WHERE id = $1', [id]);
  },

  /**
   * Forgets every identity the hub was given whose time is up; returns the requests it forgot. A
   * node's own approvals keep their status: they record what it decided, and hold no identity.
   */
  async expire(db: Queryable, now: Date): Promise<string[]> {
    const rows = await db.query<{ id: string }>(
      `UPDATE reveal_request SET identity = NULL, status = 'expired'
       WHERE direction = 'outgoing' AND status = 'approved' AND expires_at <= $1 RETURNING id`,
      [now],
    );
    return rows.map((row) => row.id);
  },
};
