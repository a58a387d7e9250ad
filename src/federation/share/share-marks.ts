import type { RecordTypeName } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';

/** The batches of a record type one share sends under an agreement version. */
export interface ShareMark {
  recordType: RecordTypeName;
  agreementVersion: number;
  batchIds: number[];
}

/** What a node remembers of its shares: the batches of each record type already sent. */
export const shareMarks = {
  /**
   * The batches holding records of the type not yet shared under this agreement version, as
   * committed now: the share reads only these, so a load committing meanwhile waits for the next.
   */
  async pending(
    db: Queryable,
    agreement: { id: string; version: number },
    recordType: RecordTypeName,
  ): Promise<number[]> {
    const rows = await db.query<{ batch_id: string }>(
      `SELECT DISTINCT t.batch_id::text AS batch_id FROM ${RECORD_TABLES[recordType].table} t
       WHERE NOT EXISTS (SELECT 1 FROM federation_shared_batch s
                         WHERE s.agreement_id = $1 AND s.agreement_version = $2 AND s.record_type = $3
                           AND s.batch_id = t.batch_id)
       ORDER BY 1`,
      [agreement.id, agreement.version, recordType],
    );
    return rows.map((row) => Number(row.batch_id));
  },

  /** Records the batches of a share once its envelopes are delivered (published or written). */
  async write(db: Queryable, agreementId: string, marks: readonly ShareMark[]): Promise<void> {
    for (const mark of marks)
      await db.query(
        `INSERT INTO federation_shared_batch (agreement_id, agreement_version, record_type, batch_id)
         SELECT $1, $2, $3, unnest($4::bigint[])
         ON CONFLICT DO NOTHING`,
        [agreementId, mark.agreementVersion, mark.recordType, mark.batchIds],
      );
  },
};
