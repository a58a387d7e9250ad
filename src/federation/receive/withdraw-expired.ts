import { RECORD_TYPE_NAMES, type DataSharingAgreement } from '@veta/standard';
import { appendAudit } from '../../audit/append-audit.js';
import type { Database } from '../../store/engine/database.js';
import { withdrawShared } from './withdraw-shared.js';

/** An agreement version that lapsed, and how many records and totals went with it. */
export interface Lapsed {
  from: string;
  agreement: string;
  version: number;
  withdrawn: number;
}

/**
 * Withdraws what nodes shared under agreements that lapsed by `day` with no later version: every
 * record and total of each type the lapsed version shared, as a version sharing nothing would.
 * Each lapse is applied once and audited; a later version, when it comes, is shared afresh.
 */
export async function withdrawExpired(db: Database, day: string, actor = 'cli'): Promise<Lapsed[]> {
  const latest = await db.query<{ from_node: string; document: DataSharingAgreement }>(
    `SELECT DISTINCT ON (a.from_node, a.id) a.from_node, a.document
     FROM federation_agreement a
     ORDER BY a.from_node, a.id, a.version DESC`,
  );
  const lapsed: Lapsed[] = [];
  for (const { from_node: from, document } of latest) {
    if (document.validUntil >= day) continue;
    const done = await db.transaction(async (tx) => {
      const marked = await tx.query(
        `INSERT INTO federation_expiry (from_node, agreement_id, agreement_version, withdrawn)
         VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING RETURNING 1`,
        [from, document.id, document.version],
      );
      if (marked.length === 0) return undefined;
      let withdrawn = 0;
      for (const recordType of RECORD_TYPE_NAMES) {
        const clause = document.records[recordType];
        if (clause === undefined || clause === 'none') continue;
        withdrawn += await withdrawShared(tx, from, document.id, { recordType, withdraw: 'all' });
      }
      await tx.query(
        'UPDATE federation_expiry SET withdrawn = $4 WHERE from_node = $1 AND agreement_id = $2 AND agreement_version = $3',
        [from, document.id, document.version, withdrawn],
      );
      await appendAudit(tx, {
        actorId: null,
        actorUsername: actor,
        action: 'federation.expire',
        subjectKind: 'agreement',
        subjectId: `${document.id} v${String(document.version)}`,
        countries: [document.from],
        details: { from, validUntil: document.validUntil, day, withdrawn },
      });
      return { from, agreement: document.id, version: document.version, withdrawn };
    });
    if (done !== undefined) lapsed.push(done);
  }
  return lapsed;
}
