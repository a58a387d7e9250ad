import type { AggregateRow, DataSharingAgreement, RecordTypeName } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import type { Envelope } from '../envelope.js';

/** Each version of an agreement the receiver holds, oldest first. */
export interface HeldAgreement {
  version: number;
  document: DataSharingAgreement;
}

export const agreementsHeld = {
  /** The versions of a sender's agreement: another node's agreement of the same id is another. */
  async versions(db: Queryable, fromNode: string, id: string): Promise<HeldAgreement[]> {
    return db.query<HeldAgreement>(
      'SELECT version, document FROM federation_agreement WHERE from_node = $1 AND id = $2 ORDER BY version',
      [fromNode, id],
    );
  },

  async add(
    db: Queryable,
    fromNode: string,
    agreement: DataSharingAgreement,
    envelopeId: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO federation_agreement (from_node, id, version, to_node, document, envelope_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [fromNode, agreement.id, agreement.version, agreement.to, agreement, envelopeId],
    );
  },

  /** Replaces the sender's totals of a record type under the envelope's agreement: each share sends them whole. */
  async replaceTotals(
    db: Queryable,
    envelope: Envelope,
    recordType: RecordTypeName,
    rows: readonly AggregateRow[],
    continued = false,
  ): Promise<void> {
    // Those of this agreement only: totals a node shares under another agreement are that one's.
    // A later part of the same share adds to the first, which replaced what was held.
    if (!continued)
      await db.query(
        'DELETE FROM shared_aggregate WHERE from_node = $1 AND record_type = $2 AND agreement_id = $3',
        [envelope.from, recordType, envelope.agreement?.id],
      );
    await db.query(
      `INSERT INTO shared_aggregate (from_node, record_type, month, by_values, record_count, measures, agreement_id, agreement_version, envelope_id)
       SELECT $1, $2, r->>'month', r->'by', (r->>'count')::int, r->'measures', $3, $4, $5
       FROM jsonb_array_elements($6::jsonb) r`,
      [
        envelope.from,
        recordType,
        envelope.agreement?.id,
        envelope.agreement?.version,
        envelope.id,
        JSON.stringify(rows),
      ],
    );
  },
};
