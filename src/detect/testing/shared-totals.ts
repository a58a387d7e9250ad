import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/engine/database.js';

/** One month's shared total of a node's gold purchases, as a hub holds it in shared_aggregate. */
export interface PurchaseTotal {
  month: string;
  fineKg: number;
  grossKg: number;
}

/** One cell of monthly totals: its month, the values of the `by` fields, the count and the sums. */
export interface SharedCell {
  month: string;
  by: Readonly<Record<string, string | boolean | null>>;
  count: number;
  measures: Readonly<Record<string, string | null>>;
}

/** The agreement clause the totals came under: which version, and the cells it suppressed. */
export interface SharedClause {
  recordType: 'MineralTransaction' | 'ProductionDeclaration';
  version?: number;
  minCount?: number;
}

/**
 * Stores, as a hub would after a receive, monthly totals a country's node shared under an
 * aggregate clause: the trusted peer, the envelope, the agreement version (with the clause, as the
 * hub keeps it) and the cells. The peer is registered once per country and database.
 */
export async function shareTotals(
  db: Queryable,
  country: string,
  clause: SharedClause,
  cells: readonly SharedCell[],
): Promise<void> {
  const envelope = randomUUID();
  const agreement = `${country}-HUB`;
  const version = clause.version ?? 1;
  const by = [...new Set(cells.flatMap((cell) => Object.keys(cell.by)))];
  const measures = [...new Set(cells.flatMap((cell) => Object.keys(cell.measures)))];
  const document = {
    id: agreement,
    version,
    from: country,
    to: 'HUB',
    records: {
      [clause.recordType]: {
        aggregate: {
          by,
          measures,
          date: clause.recordType === 'MineralTransaction' ? 'date' : 'period.start',
          ...(clause.minCount === undefined ? {} : { minCount: clause.minCount }),
        },
      },
    },
  };
  await db.query(
    `INSERT INTO federation_peer (node_id, key_id, role, country, name, descriptor, trusted_by)
     VALUES ($1, 'key', 'node', $1, $1, '{}', 'test') ON CONFLICT DO NOTHING`,
    [country],
  );
  await db.query(
    `INSERT INTO federation_envelope (id, from_node, key_id, kind, agreement_id, agreement_version, sent_at, digest)
     VALUES ($1, $2, 'key', 'records', $3, $4, now(), 'digest')`,
    [envelope, country, agreement, version],
  );
  await db.query(
    `INSERT INTO federation_agreement (from_node, id, version, to_node, document, envelope_id)
     VALUES ($1, $2, $3, 'HUB', $4, $5) ON CONFLICT DO NOTHING`,
    [country, agreement, version, JSON.stringify(document), envelope],
  );
  for (const cell of cells)
    await db.query(
      `INSERT INTO shared_aggregate (from_node, record_type, month, by_values, record_count, measures, agreement_id, agreement_version, envelope_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        country,
        clause.recordType,
        cell.month,
        JSON.stringify(cell.by),
        cell.count,
        JSON.stringify(cell.measures),
        agreement,
        version,
        envelope,
      ],
    );
}

/**
 * Stores, as a hub would after a receive, a country's gold purchases shared only as monthly totals
 * (an aggregate clause by metal): the trusted peer, the envelope and the totals it carried.
 */
export async function sharePurchaseTotals(
  db: Queryable,
  country: string,
  totals: readonly PurchaseTotal[],
): Promise<void> {
  await shareTotals(
    db,
    country,
    { recordType: 'MineralTransaction', minCount: 3 },
    totals.map((total) => ({
      month: total.month,
      by: { metal: 'AU' },
      count: 3,
      measures: { fineMassKg: String(total.fineKg), grossMassKg: String(total.grossKg) },
    })),
  );
}
