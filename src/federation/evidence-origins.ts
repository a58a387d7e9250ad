import { RECORD_TYPE_NAMES, type DataSharingAgreement, type SharingClause } from '@veta/standard';
import type { Queryable } from '../store/engine/database.js';
import { RECORD_TABLES } from '../store/records/record-tables.js';

/** Where a record held at a hub came from: the node, and the agreement version and clause it came under. */
export interface RecordOrigin {
  node: string;
  agreement: string;
  version: number;
  form: 'full' | 'fields' | 'pseudonymised';
}

/** An evidence row's record, by its table and natural key. */
export interface RecordRef {
  table: string;
  layout: string;
  recordId: string;
}

/** The key `evidenceOrigins` answers by. */
export const originKey = (ref: RecordRef): string => `${ref.table}\u0000${ref.layout}\u0000${ref.recordId}`;

/**
 * The origin of each record that arrived from another node; records this node loaded itself have
 * none. The batch a shared record arrived in names its envelope, and the envelope the agreement.
 */
export async function evidenceOrigins(
  db: Queryable,
  refs: readonly RecordRef[],
): Promise<Map<string, RecordOrigin>> {
  const origins = new Map<string, RecordOrigin>();
  for (const recordType of RECORD_TYPE_NAMES) {
    const { table } = RECORD_TABLES[recordType];
    const wanted = refs.filter((ref) => ref.table === table);
    if (wanted.length === 0) continue;
    const rows = await db.query<{
      layout: string;
      id: string;
      from_node: string;
      agreement_id: string;
      agreement_version: number;
      document: DataSharingAgreement;
    }>(
      `SELECT t.layout, t.id, e.from_node, e.agreement_id, e.agreement_version, a.document
       FROM ${table} t
       JOIN ingest_batch b ON b.id = t.batch_id
       JOIN federation_envelope e ON e.from_node = b.envelope_from AND e.id = b.envelope_id
       JOIN federation_agreement a ON a.from_node = e.from_node AND a.id = e.agreement_id AND a.version = e.agreement_version
       WHERE (t.layout, t.id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [wanted.map((ref) => ref.layout), wanted.map((ref) => ref.recordId)],
    );
    for (const row of rows) {
      const form = recordForm(row.document.records[recordType]);
      if (form === undefined) continue;
      origins.set(originKey({ table, layout: row.layout, recordId: row.id }), {
        node: row.from_node,
        agreement: row.agreement_id,
        version: row.agreement_version,
        form,
      });
    }
  }
  return origins;
}

/** The form a clause sends records in; totals and none send none, so no stored record has them. */
function recordForm(clause: SharingClause | undefined): RecordOrigin['form'] | undefined {
  if (clause === 'full' || clause === 'pseudonymised') return clause;
  if (typeof clause === 'object' && 'fields' in clause) return 'fields';
  return undefined;
}
