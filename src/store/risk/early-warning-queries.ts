import { severityRankSql, SEVERITIES_WORST_FIRST, type Severity } from '../../core/severity.js';
import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import type { Queryable } from '../engine/database.js';
import type { StoredContribution } from './risk-repository.js';

/** A subject of the latest run set against the last run before the date. */
export interface ScoreChangeRow {
  kind: string;
  subjectId: string;
  label: string;
  country: string | null;
  score: number;
  rank: number;
  countryRank: number;
  contributions: StoredContribution[];
  /** Its score in the last run before the date; null when that run did not score it. */
  previousScore: number | null;
  previousContributions: StoredContribution[] | null;
  /** When a run first scored it. */
  firstScoredAt: Date;
  /** Whether any run before the date scored it. */
  scoredBefore: boolean;
}

/** An alert a detector first raised on or after the date. */
export interface NewAlertRow {
  id: string;
  typology: string;
  severity: Severity;
  score: number;
  country: string | null;
  subjects: string[];
  title: { es: string; en: string };
  firstDetectedAt: Date;
}

/** The runs an early-warning feed compares: the latest, and the last one started before the date. */
export interface ComparedRuns {
  latest: { id: number; startedAt: Date } | null;
  baseline: { id: number; startedAt: Date } | null;
}

/** Reads for the early-warning feed: what became new or riskier since a date, within a scope. */
export const earlyWarningQueries = {
  async comparedRuns(db: Queryable, since: Date): Promise<ComparedRuns> {
    const [row] = await db.query<{
      latest_id: number | null;
      latest_at: Date | null;
      baseline_id: number | null;
      baseline_at: Date | null;
    }>(
      `SELECT l.id AS latest_id, l.started_at AS latest_at, b.id AS baseline_id, b.started_at AS baseline_at
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (SELECT id, started_at FROM risk_run WHERE finished_at IS NOT NULL
                          ORDER BY started_at DESC, id DESC LIMIT 1) l ON true
       LEFT JOIN LATERAL (SELECT id, started_at FROM risk_run WHERE finished_at IS NOT NULL AND started_at < $1
                          ORDER BY started_at DESC, id DESC LIMIT 1) b ON true`,
      [since],
    );
    return {
      latest:
        row?.latest_id != null && row.latest_at ? { id: row.latest_id, startedAt: row.latest_at } : null,
      baseline:
        row?.baseline_id != null && row.baseline_at
          ? { id: row.baseline_id, startedAt: row.baseline_at }
          : null,
    };
  },

  /**
   * Subjects of the latest run that no run before the date scored, or whose score rose by more than
   * `step` over the baseline run's (0 when the baseline did not score them), highest first.
   */
  async changes(
    db: Queryable,
    filter: {
      scope: Scope;
      since: Date;
      latestRun: number;
      baselineRun: number | null;
      step: number;
      kind?: string;
    },
  ): Promise<ScoreChangeRow[]> {
    const params: unknown[] = [
      filter.latestRun,
      filter.baselineRun,
      filter.since,
      filter.step,
      filter.kind ?? null,
    ];
    const inScope = countryCondition(filter.scope, 's.country', params);
    return db.query<ScoreChangeRow>(
      `WITH current AS (
         SELECT s.*,
                EXISTS (SELECT 1 FROM risk_score e JOIN risk_run r ON r.id = e.run_id
                        WHERE e.kind = s.kind AND e.subject_id = s.subject_id
                          AND r.finished_at IS NOT NULL AND r.started_at < $3) AS scored_before,
                (SELECT min(r.started_at) FROM risk_score e JOIN risk_run r ON r.id = e.run_id
                 WHERE e.kind = s.kind AND e.subject_id = s.subject_id AND r.finished_at IS NOT NULL) AS first_scored_at
         FROM risk_score s
         WHERE s.run_id = $1 AND ($5::text IS NULL OR s.kind = $5) AND ${inScope}
       )
       SELECT c.kind, c.subject_id AS "subjectId", c.label, c.country, c.score, c.rank, c.country_rank AS "countryRank",
              c.contributions, b.score AS "previousScore", b.contributions AS "previousContributions",
              c.first_scored_at AS "firstScoredAt", c.scored_before AS "scoredBefore"
       FROM current c
       LEFT JOIN risk_score b ON b.run_id = $2 AND b.kind = c.kind AND b.subject_id = c.subject_id
       WHERE NOT c.scored_before OR c.score - coalesce(b.score, 0) > $4::float8
       ORDER BY c.score DESC, c.kind, c.subject_id`,
      params,
    );
  },

  /** Alerts first raised on or after the date, most severe first: at most `limit`, and how many in all. */
  async newAlerts(
    db: Queryable,
    filter: { scope: Scope; since: Date; limit: number },
  ): Promise<{ items: NewAlertRow[]; total: number }> {
    const params: unknown[] = [filter.since, filter.limit];
    const inScope = countryCondition(filter.scope, 'country', params);
    const rows = await db.query<NewAlertRow & { total: number }>(
      `SELECT id, typology, severity, score::float8 AS score, country, subjects, title,
              first_detected_at AS "firstDetectedAt", count(*) OVER ()::int AS total
       FROM alert WHERE first_detected_at >= $1 AND ${inScope}
       ORDER BY ${severityRankSql('severity', SEVERITIES_WORST_FIRST)}, score DESC, id
       LIMIT $2`,
      params,
    );
    const items = rows.map((row): NewAlertRow => ({
      id: row.id,
      typology: row.typology,
      severity: row.severity,
      score: row.score,
      country: row.country,
      subjects: row.subjects,
      title: row.title,
      firstDetectedAt: row.firstDetectedAt,
    }));
    return { items, total: rows[0]?.total ?? 0 };
  },
};
