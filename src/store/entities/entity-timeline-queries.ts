import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../engine/database.js';

/** One dated event of an entity: a declaration, purchase, sale, export or import, with its source. */
export interface TimelineEvent {
  kind: 'PRODUCTION' | 'PURCHASE' | 'SALE' | 'EXPORT' | 'IMPORT';
  date: string;
  /** Last day of a declared production period. */
  periodEnd: string | null;
  layout: string;
  recordId: string;
  file: string;
  row: number;
  country: string | null;
  metal: string | null;
  fineKg: number | null;
  /** Mass as declared: gross for transactions, net for customs, the declared quantity for production. */
  massKg: number | null;
  usd: number | null;
  /** `declared`: the record's own value; `reference`: fine gold at the month's reference price. */
  usdBasis: 'declared' | 'reference' | null;
  counterparty: string | null;
  counterpartyEntity: string | null;
  counterpartyName: string | null;
  counterpartyCountry: string | null;
  miningRight: string | null;
}

/** The dated activity of a set of parties (one entity's), within a scope. */
export const entityTimelineQueries = {
  /** Events by date between `from` and `to` (ISO days, either open), a page at a time. */
  async timeline(
    db: Queryable,
    scope: Scope,
    parties: readonly string[],
    window: { from?: string | undefined; to?: string | undefined; limit: number; offset: number },
  ): Promise<{ items: TimelineEvent[]; total: number }> {
    const params: unknown[] = [parties, window.from ?? null, window.to ?? null, window.limit, window.offset];
    const sql = applyScope(sqlText('store/entities/entity-timeline.sql'), scope, params);
    const [row] = await db.query<{ total: number; items: TimelineEvent[] }>(sql, params);
    return { items: row?.items ?? [], total: row?.total ?? 0 };
  },
};
