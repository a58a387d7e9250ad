import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import type { Queryable } from '../engine/database.js';

/**
 * The figures that measure what an alert puts at stake, in the order they are preferred: an alert
 * counts the first one its detector reports, so no alert is counted twice. Detectors that report
 * them: valueAtStakeUsd (UNDER_VALUATION, CONCENTRATE_MISCLASSIFICATION), excessUsd
 * (PRODUCTION_EXPORT_GAP, TRADER_MASS_BALANCE), gapUsd (MIRROR_TRADE_GAP), valueUsd
 * (INACTIVE_RIGHT_ORIGIN, SHELL_COMPANY, NOMINEE_NETWORK), structuredUsd (STRUCTURING).
 */
export const VALUE_AT_STAKE_FIGURES = [
  'valueAtStakeUsd',
  'excessUsd',
  'gapUsd',
  'valueUsd',
  'structuredUsd',
] as const;

/**
 * The figures that measure fine gold no record accounts for: excessKg, the fine gold that left an
 * exporter, a trader or a country beyond everything that came in (PRODUCTION_EXPORT_GAP,
 * TRADER_MASS_BALANCE).
 */
export const UNACCOUNTED_FINE_KG_FIGURES = ['excessKg'] as const;

/** Counts and sums over a set of alerts. */
export interface AlertTally {
  /** Episodes: consecutive alerts of one typology about one subject count once. */
  alerts: number;
  valueAtStakeUsd: number;
  unaccountedFineKg: number;
}

/**
 * The unresolved episodes in scope, in all and grouped by severity and by typology; the value at
 * stake and the fine gold are summed over all their alerts, since each month's is its own.
 */
export interface AlertOverviewRows {
  all: AlertTally;
  bySeverity: (AlertTally & { severity: string })[];
  byTypology: (AlertTally & { typology: string })[];
}

interface TallyRow {
  severity: string | null;
  typology: string | null;
  by_severity: boolean;
  alerts: number;
  usd: string | null;
  kg: string | null;
}

/** Summaries over alerts and their cases, within the reader's scope. */
export const alertOverviewRepository = {
  /** Episodes whose case is in one of `statuses`, counted and summed in one pass. */
  async tally(db: Queryable, scope: Scope, statuses: readonly string[]): Promise<AlertOverviewRows> {
    const params: unknown[] = [[...statuses], [...VALUE_AT_STAKE_FIGURES], [...UNACCOUNTED_FINE_KG_FIGURES]];
    const inScope = countryCondition(scope, 'a.country', params);
    const rows = await db.query<TallyRow>(
      `WITH measured AS (
         SELECT e.id AS episode, e.severity, e.typology, ${firstFigure('$2')} AS usd, ${firstFigure('$3')} AS kg
         FROM alert a JOIN alert_episode e ON e.id = a.episode_id LEFT JOIN alert_case c ON c.alert_id = e.id
         WHERE COALESCE(c.status, 'open') = ANY($1::text[]) AND ${inScope}
       )
       SELECT severity, typology, GROUPING(severity) = 0 AS by_severity, count(DISTINCT episode)::integer AS alerts,
              sum(usd) AS usd, sum(kg) AS kg
       FROM measured GROUP BY GROUPING SETS ((severity), (typology), ())`,
      params,
    );
    const all = rows.find((row) => row.severity === null && row.typology === null && !row.by_severity);
    return {
      all: all ? tally(all) : { alerts: 0, valueAtStakeUsd: 0, unaccountedFineKg: 0 },
      bySeverity: rows
        .filter((row) => row.by_severity)
        .map((row) => ({ severity: row.severity ?? '', ...tally(row) })),
      byTypology: rows
        .filter((row) => row.typology !== null)
        .map((row) => ({ typology: row.typology ?? '', ...tally(row) }))
        .sort((a, b) => b.alerts - a.alerts || a.typology.localeCompare(b.typology)),
    };
  },

  /** How many episodes in scope are in each case status (statuses with none are absent). */
  async countByStatus(db: Queryable, scope: Scope): Promise<Record<string, number>> {
    const params: unknown[] = [];
    const inScope = countryCondition(scope, 'a.country', params);
    const rows = await db.query<{ status: string; alerts: number }>(
      `SELECT COALESCE(c.status, 'open') AS status, count(*)::integer AS alerts
       FROM alert_episode a LEFT JOIN alert_case c ON c.alert_id = a.id WHERE ${inScope} GROUP BY 1`,
      params,
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.alerts]));
  },
};

/** The first of the named figures the alert reports as a number. */
function firstFigure(names: string): string {
  return `(SELECT (a.figures->>f.name)::numeric FROM unnest(${names}::text[]) WITH ORDINALITY AS f(name, n)
           WHERE jsonb_typeof(a.figures->f.name) = 'number' ORDER BY f.n LIMIT 1)`;
}

function tally(row: TallyRow): AlertTally {
  return {
    alerts: row.alerts,
    valueAtStakeUsd: Math.round(Number(row.usd ?? 0)),
    unaccountedFineKg: Math.round(Number(row.kg ?? 0) * 1000) / 1000,
  };
}
