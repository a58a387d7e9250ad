import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import type { Queryable } from '../engine/database.js';

/** One piece of evidence behind a score, as the scoring stored it. */
export interface StoredContribution {
  source: 'alert' | 'signal';
  alertId: string | null;
  code: string;
  weight: number;
  value: number;
  points: number;
  detail: Record<string, unknown>;
}

/** A subject's score in one run. */
export interface StoredRiskScore {
  runId: number;
  kind: string;
  subjectId: string;
  label: string;
  country: string | null;
  score: number;
  rank: number;
  countryRank: number;
  alerts: number;
  contributions: StoredContribution[];
}

/** A scoring run: when it ran, the as-of day of its recency, its weights and how many it scored. */
export interface StoredRiskRun {
  id: number;
  startedAt: Date;
  finishedAt: Date | null;
  asOf: string;
  weightsSource: string;
  weights: Record<string, unknown>;
  subjects: number;
}

/** What a list of scores is narrowed to. */
export interface RiskListFilter {
  scope: Scope;
  kind?: string | undefined;
  country?: string | undefined;
  limit: number;
  offset: number;
}

const SCORE_COLUMNS = `run_id AS "runId", kind, subject_id AS "subjectId", label, country, score, rank,
  country_rank AS "countryRank", alerts, contributions`;
const RUN_COLUMNS = `id, started_at AS "startedAt", finished_at AS "finishedAt", to_char(as_of, 'YYYY-MM-DD') AS "asOf",
  weights_source AS "weightsSource", weights, subjects`;
const LATEST_RUN = `(SELECT max(id) FROM risk_run WHERE finished_at IS NOT NULL)`;

/** Storage of risk runs and their scores; reads of scores are always narrowed to a scope. */
export const riskRepository = {
  /** The last day any alert covers: the default as-of day of a run. */
  async latestAlertDay(db: Queryable): Promise<string | null> {
    const [row] = await db.query<{ day: string | null }>(
      `SELECT to_char(max(period_end), 'YYYY-MM-DD') AS day FROM alert`,
    );
    return row?.day ?? null;
  },

  /** Records a run as started; its scores follow in the same transaction. */
  async createRun(
    db: Queryable,
    run: { startedAt: Date; asOf: string; weights: unknown; weightsSource: string },
  ): Promise<number> {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO risk_run (started_at, as_of, weights, weights_source) VALUES ($1, $2, $3, $4) RETURNING id`,
      [run.startedAt, run.asOf, JSON.stringify(run.weights), run.weightsSource],
    );
    if (!row) throw new Error('INSERT ... RETURNING gave no row');
    return row.id;
  },

  /** Marks a run finished and returns how many subjects of each kind it scored. */
  async finishRun(db: Queryable, runId: number, finishedAt: Date): Promise<Record<string, number>> {
    const rows = await db.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM risk_score WHERE run_id = $1 GROUP BY kind`,
      [runId],
    );
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    await db.query(`UPDATE risk_run SET finished_at = $2, subjects = $3 WHERE id = $1`, [
      runId,
      finishedAt,
      total,
    ]);
    return Object.fromEntries(rows.map((row) => [row.kind, row.n]));
  },

  /** The latest finished run, or undefined before the first `veta score`. */
  async latestRun(db: Queryable): Promise<StoredRiskRun | undefined> {
    const [row] = await db.query<StoredRiskRun>(
      `SELECT ${RUN_COLUMNS} FROM risk_run WHERE id = ${LATEST_RUN}`,
    );
    return row;
  },

  /** Scores of the latest run within the scope, highest first, one page of them and the total. */
  async list(db: Queryable, filter: RiskListFilter): Promise<{ items: StoredRiskScore[]; total: number }> {
    const params: unknown[] = [filter.kind ?? null, filter.country ?? null];
    const inScope = countryCondition(filter.scope, 'country', params);
    const where = `run_id = ${LATEST_RUN} AND ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR country = $2)
      AND ${inScope}`;
    const [count] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM risk_score WHERE ${where}`,
      params,
    );
    params.push(filter.limit, filter.offset);
    const items = await db.query<StoredRiskScore>(
      `SELECT ${SCORE_COLUMNS} FROM risk_score WHERE ${where}
       ORDER BY score DESC, kind, subject_id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items, total: count?.n ?? 0 };
  },

  /** A subject's score in the latest run, when it has one and is within the scope. */
  async find(
    db: Queryable,
    scope: Scope,
    kind: string,
    subjectId: string,
  ): Promise<StoredRiskScore | undefined> {
    const params: unknown[] = [kind, subjectId];
    const inScope = countryCondition(scope, 'country', params);
    const [row] = await db.query<StoredRiskScore>(
      `SELECT ${SCORE_COLUMNS} FROM risk_score
       WHERE run_id = ${LATEST_RUN} AND kind = $1 AND subject_id = $2 AND ${inScope}`,
      params,
    );
    return row;
  },

  /** The latest run's scores of some subjects of one kind within the scope (absent: no evidence, score 0). */
  async scoresOf(
    db: Queryable,
    scope: Scope,
    kind: string,
    subjectIds: readonly string[],
  ): Promise<Map<string, number>> {
    if (subjectIds.length === 0) return new Map();
    const params: unknown[] = [kind, subjectIds];
    const inScope = countryCondition(scope, 'country', params);
    const rows = await db.query<{ subjectId: string; score: number }>(
      `SELECT subject_id AS "subjectId", score FROM risk_score
       WHERE run_id = ${LATEST_RUN} AND kind = $1 AND subject_id = ANY ($2::text[]) AND ${inScope}`,
      params,
      { prepare: true },
    );
    return new Map(rows.map((row) => [row.subjectId, row.score]));
  },

  /** A subject's score in each earlier run, oldest first: how it moved. */
  async history(
    db: Queryable,
    scope: Scope,
    kind: string,
    subjectId: string,
  ): Promise<{ runId: number; startedAt: Date; score: number; rank: number }[]> {
    const params: unknown[] = [kind, subjectId];
    const inScope = countryCondition(scope, 's.country', params);
    return db.query(
      `SELECT s.run_id AS "runId", r.started_at AS "startedAt", s.score, s.rank
       FROM risk_score s JOIN risk_run r ON r.id = s.run_id
       WHERE s.kind = $1 AND s.subject_id = $2 AND r.finished_at IS NOT NULL AND ${inScope}
       ORDER BY r.started_at, r.id`,
      params,
    );
  },
};
