import { RECORD_TYPE_NAMES, type DataSharingAgreement, type RecordTypeName } from '@veta/standard';
import type { Queryable } from '../store/engine/database.js';
import { peerRepository } from '../store/federation/peer-repository.js';
import { RECORD_TABLES } from '../store/records/record-tables.js';
import type { ShareTally } from './share-report.js';

/** One agreement a peer shares under: its latest version, as the hub received it. */
export interface AgreementHeld {
  document: DataSharingAgreement;
  receivedAt: Date;
  /** The sender's report of its last share under this agreement, if it sent one. */
  lastReport: { sentAt: Date; version: number; tallies: ShareTally[] } | null;
}

/** A peer node as this node sees it: its keys, agreements, exchanges and what it holds from it. */
export interface NodeStatus {
  nodeId: string;
  name: string;
  country: string;
  role: 'node' | 'hub';
  keys: { keyId: string; trustedAt: Date; revokedAt: Date | null }[];
  agreements: AgreementHeld[];
  envelopes: number;
  lastExchange: Date | null;
  /** Records of each type held from the node, as they arrived (withdrawn ones are gone). */
  received: { recordType: RecordTypeName; records: number }[];
  /** Monthly totals held from the node, per type: the cells and the records they sum. */
  totals: { recordType: RecordTypeName; cells: number; records: number }[];
}

/** Every peer this node trusts or trusted, with what it exchanged with each. */
export async function nodesStatus(db: Queryable): Promise<NodeStatus[]> {
  const peers = await peerRepository.list(db);
  const byNode = new Map<string, NodeStatus>();
  for (const peer of peers) {
    const { descriptor } = peer;
    const status = byNode.get(descriptor.nodeId) ?? {
      nodeId: descriptor.nodeId,
      name: descriptor.name,
      country: descriptor.country,
      role: descriptor.role,
      keys: [],
      agreements: [],
      envelopes: 0,
      lastExchange: null,
      received: [],
      totals: [],
    };
    status.keys.push({ keyId: descriptor.keyId, trustedAt: peer.trustedAt, revokedAt: peer.revokedAt });
    byNode.set(descriptor.nodeId, status);
  }
  if (byNode.size === 0) return [];
  const nodes = [...byNode.keys()];
  for (const row of await db.query<{ from_node: string; envelopes: number; last: Date | null }>(
    `SELECT from_node, count(*)::int AS envelopes, max(received_at) AS last
     FROM federation_envelope WHERE from_node = ANY($1::text[]) GROUP BY from_node`,
    [nodes],
  )) {
    const status = byNode.get(row.from_node);
    if (status) Object.assign(status, { envelopes: row.envelopes, lastExchange: row.last });
  }
  for (const held of await latestAgreements(db, nodes))
    byNode.get(held.from_node)?.agreements.push(held.agreement);
  for (const row of await receivedRecords(db, nodes))
    byNode.get(row.from_node)?.received.push({ recordType: row.record_type, records: row.records });
  for (const row of await db.query<{
    from_node: string;
    record_type: RecordTypeName;
    cells: number;
    records: number;
  }>(
    `SELECT from_node, record_type, count(*)::int AS cells, sum(record_count)::int AS records
     FROM shared_aggregate WHERE from_node = ANY($1::text[]) GROUP BY from_node, record_type ORDER BY record_type`,
    [nodes],
  ))
    byNode
      .get(row.from_node)
      ?.totals.push({ recordType: row.record_type, cells: row.cells, records: row.records });
  return [...byNode.values()];
}

async function latestAgreements(
  db: Queryable,
  nodes: readonly string[],
): Promise<{ from_node: string; agreement: AgreementHeld }[]> {
  const rows = await db.query<{
    from_node: string;
    document: DataSharingAgreement;
    received_at: Date;
    report_at: Date | null;
    report_version: number | null;
    tallies: ShareTally[] | null;
  }>(
    `SELECT DISTINCT ON (a.from_node, a.id) a.from_node, a.document, a.received_at,
            r.sent_at AS report_at, r.agreement_version AS report_version, r.tallies
     FROM federation_agreement a
     LEFT JOIN LATERAL (
       SELECT sent_at, agreement_version, tallies FROM federation_share_report r
       WHERE r.from_node = a.from_node AND r.agreement_id = a.id
       ORDER BY sent_at DESC LIMIT 1
     ) r ON true
     WHERE a.from_node = ANY($1::text[])
     ORDER BY a.from_node, a.id, a.version DESC`,
    [nodes],
  );
  return rows.map((row) => ({
    from_node: row.from_node,
    agreement: {
      document: row.document,
      receivedAt: row.received_at,
      lastReport:
        row.report_at === null || row.report_version === null || row.tallies === null
          ? null
          : { sentAt: row.report_at, version: row.report_version, tallies: row.tallies },
    },
  }));
}

async function receivedRecords(
  db: Queryable,
  nodes: readonly string[],
): Promise<{ from_node: string; record_type: RecordTypeName; records: number }[]> {
  // One statement over every record table: the batch a shared record arrived in names its sender.
  const parts = RECORD_TYPE_NAMES.map(
    (recordType) =>
      `SELECT b.envelope_from AS from_node, '${recordType}' AS record_type, count(*)::int AS records
       FROM ${RECORD_TABLES[recordType].table} t JOIN ingest_batch b ON b.id = t.batch_id
       WHERE b.envelope_from = ANY($1::text[]) GROUP BY b.envelope_from`,
  );
  return db.query(`${parts.join('\nUNION ALL\n')} ORDER BY from_node, record_type`, [nodes]);
}
