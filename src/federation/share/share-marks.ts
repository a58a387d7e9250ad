import type { RecordTypeName } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';

/** How far a record type has been shared under an agreement. */
export interface ShareMark {
  recordType: RecordTypeName;
  agreementVersion: number;
  lastBatchId: number;
}

/** The marks a node keeps of its shares, per agreement and record type. */
export const shareMarks = {
  async read(db: Queryable, agreementId: string): Promise<Map<string, ShareMark>> {
    const rows = await db.query<{
      record_type: RecordTypeName;
      agreement_version: number;
      last_batch_id: string;
    }>(
      `SELECT record_type, agreement_version, last_batch_id::text AS last_batch_id
       FROM federation_share_mark WHERE agreement_id = $1`,
      [agreementId],
    );
    return new Map(
      rows.map((row) => [
        row.record_type,
        {
          recordType: row.record_type,
          agreementVersion: row.agreement_version,
          lastBatchId: Number(row.last_batch_id),
        },
      ]),
    );
  },

  /** Records the marks of a share once its envelopes are delivered (published or written). */
  async write(db: Queryable, agreementId: string, marks: readonly ShareMark[]): Promise<void> {
    for (const mark of marks)
      await db.query(
        `INSERT INTO federation_share_mark (agreement_id, record_type, agreement_version, last_batch_id)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (agreement_id, record_type) DO UPDATE
           SET agreement_version = EXCLUDED.agreement_version, last_batch_id = EXCLUDED.last_batch_id, shared_at = now()`,
        [agreementId, mark.recordType, mark.agreementVersion, mark.lastBatchId],
      );
  },
};
