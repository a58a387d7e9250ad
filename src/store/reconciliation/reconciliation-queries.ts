import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../engine/database.js';

/** The four flows of the national gold balance. */
export type BalanceFlow = 'production' | 'purchases' | 'exports' | 'partnerImports';

/** One flow of one country in one month. */
export interface BalanceRow {
  country: string;
  /** YYYY-MM. */
  month: string;
  flow: BalanceFlow;
  fineKg: number | null;
  usd: number | null;
  /** Parts valued at the reference gold price for want of a declared value. */
  atReference: number;
  /** Parts summed: records, or a record's share of a month when it spans several. */
  records: number;
}

/** The national gold balance by country and month (see reconciliation.sql for every rule). */
export const reconciliationQueries = {
  /** Every flow of every visible country and month between two days (either open). */
  async balance(
    db: Queryable,
    scope: Scope,
    filter: { country?: string | undefined; from?: string | undefined; to?: string | undefined },
  ): Promise<BalanceRow[]> {
    const params: unknown[] = [filter.country ?? null, filter.from ?? null, filter.to ?? null];
    return db.query<BalanceRow>(
      applyScope(sqlText('store/reconciliation/reconciliation.sql'), scope, params),
      params,
    );
  },
};
