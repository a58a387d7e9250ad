import type { AggregateRow, DataSharingAgreement, RecordTypeName } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import type { Envelope } from '../envelope.js';

/** Each version of an agreement the receiver holds, oldest first. */
export interface HeldAgreement {
  version: number;
  document: DataSharingAgreement;
}

export const agreementsHeld = {
  async versions(db: Queryable, id: string): Promise<HeldAgreement[]> {
    return db.query<HeldAgreement>(
      'SELECT version, document FROM federation_agreement WHERE id = $1 ORDER BY version',
      [id],
    );
  },

  async add(db: Queryable, agreement: DataSharingAgreement, envelopeId: string): Promise<void> {
    await db.query(
      `INSERT INTO federation_agreement (id, version, from_node, to_node, document, envelope_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [agreement.id, agreement.version, agreement.from, agreement.to, agreement, envelopeId],
    );
  },

  async storeTotals(
    db: Queryable,
    envelope: Envelope,
    recordType: RecordTypeName,
    rows: readonly AggregateRow[],
  ): Promise<void> {
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
