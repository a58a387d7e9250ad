import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/engine/database.js';

/** One month's shared total of a node's gold purchases, as a hub holds it in shared_aggregate. */
export interface PurchaseTotal {
  month: string;
  fineKg: number;
  grossKg: number;
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
  const envelope = randomUUID();
  await db.query(
    `INSERT INTO federation_peer (node_id, key_id, role, country, name, descriptor, trusted_by)
     VALUES ($1, 'key', 'node', $1, $1, '{}', 'test')`,
    [country],
  );
  await db.query(
    `INSERT INTO federation_envelope (id, from_node, key_id, kind, agreement_id, agreement_version, sent_at, digest)
     VALUES ($1, $2, 'key', 'records', $3, 1, now(), 'digest')`,
    [envelope, country, `${country}-HUB`],
  );
  for (const total of totals)
    await db.query(
      `INSERT INTO shared_aggregate (from_node, record_type, month, by_values, record_count, measures, agreement_id, agreement_version, envelope_id)
       VALUES ($1, 'MineralTransaction', $2, '{"metal": "AU"}', 3, $3, $4, 1, $5)`,
      [
        country,
        total.month,
        JSON.stringify({ fineMassKg: String(total.fineKg), grossMassKg: String(total.grossKg) }),
        `${country}-HUB`,
        envelope,
      ],
    );
}
