import { severityRankSql, type Severity } from '../../core/severity.js';
import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import { alertHeadOf, type AlertHead, type AlertHeadRow } from './alert-head.js';
import type { Queryable } from '../engine/database.js';
import type { StoredCaseStatus } from './alert-case-repository.js';

/** Orders a list of alerts can take; a leading minus reverses (see SORT_SQL). */
export const ALERT_SORTS = [
  'score',
  '-score',
  'period',
  '-period',
  'severity',
  '-severity',
  'detected',
] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

/** What a list of alerts is narrowed to; every field is optional, several values mean any of them. */
export interface AlertFilter {
  status?: readonly StoredCaseStatus[] | undefined;
  severity?: readonly AlertSeverity[] | undefined;
  typology?: readonly string[] | undefined;
  country?: readonly string[] | undefined;
  /** A subject id the alert names, e.g. PE:RUC:20100000017. */
  subject?: string | undefined;
  /** The username holding the case, ignoring case as sign-in does. */
  assignee?: string | undefined;
  /** Words in the title, in either language, accents and case ignored. */
  q?: string | undefined;
}

/**
 * What a list or a look holds: episodes (alerts of one typology about one subject over
 * consecutive or overlapping periods, as one), or each alert on its own.
 */
export const ALERT_UNITS = ['episode', 'alert'] as const;
export type AlertUnit = (typeof ALERT_UNITS)[number];

/** An alert's severity, as the alert table's check allows. */
export type AlertSeverity = Severity;

/** An alert or episode with its case, as lists show it. */
export interface AlertListRow extends AlertHead<AlertSeverity> {
  status: StoredCaseStatus;
  assigneeUsername: string | null;
  /** The episode it is (or belongs to), and how many alerts that holds. */
  episode: { id: string; alerts: number };
}

/** An alert with everything the detail view shows, but its history. */
export interface AlertDetailRow extends AlertListRow {
  explanation: { es: string; en: string };
  figures: Record<string, unknown>;
  evidence: unknown[];
  detectorVersion: string;
}

interface Row extends AlertHeadRow<AlertSeverity> {
  status: StoredCaseStatus;
  assignee_username: string | null;
  episode_id: string;
  episode_alerts: number;
}

interface DetailRow extends Row {
  explanation: { es: string; en: string };
  figures: Record<string, unknown>;
  evidence: unknown[];
  detector_version: string;
}

const SEVERITY_RANK = severityRankSql('a.severity');

// Every order ends on the id, so pages never overlap or skip an alert between two requests.
const SORT_SQL: Readonly<Record<AlertSort, string>> = {
  score: 'a.score, a.id',
  '-score': 'a.score DESC, a.id',
  period: 'a.period_start, a.period_end, a.id',
  '-period': 'a.period_start DESC, a.period_end DESC, a.id',
  severity: `${SEVERITY_RANK}, a.score, a.id`,
  '-severity': `${SEVERITY_RANK} DESC, a.score DESC, a.id`,
  detected: 'a.first_detected_at DESC, a.id',
};

const COLUMNS = `a.id, a.typology, a.severity, a.score, a.country, a.period_start, a.period_end, a.subjects,
  a.title, COALESCE(c.status, 'open') AS status, c.assignee_username, a.first_detected_at, a.last_detected_at`;

// Where each unit is read from, as `a` with its case as `c`, and its episode's id and size. An
// alert's case is its episode's: triage works on episodes.
const FROM: Readonly<Record<AlertUnit, { source: string; episode: string }>> = {
  episode: {
    source: 'alert_episode a LEFT JOIN alert_case c ON c.alert_id = a.id',
    episode: 'a.id AS episode_id, a.alerts AS episode_alerts',
  },
  alert: {
    source: `alert a LEFT JOIN alert_episode e ON e.id = a.episode_id
             LEFT JOIN alert_case c ON c.alert_id = coalesce(a.episode_id, a.id)`,
    episode: 'coalesce(a.episode_id, a.id) AS episode_id, coalesce(e.alerts, 1) AS episode_alerts',
  },
};

/** Reading alerts with their cases, always within the reader's scope. */
export const alertSearchRepository = {
  /**
   * A page of the episodes (or alerts, as `page.each` says) in scope that pass the filter, as the JSON text of the API's alert
   * summaries (AlertSummary in api/schemas/alert-schemas.ts, held to it by the route's tests), and
   * how many pass it in all. PostgreSQL writes the JSON: turning fifty rows into objects and writing
   * them out again took most of a busy API server's time per request (docs/api.md).
   * `typologyNames` is JSON mapping each typology's code to its name in Spanish and English.
   */
  async page(
    db: Queryable,
    scope: Scope,
    filter: AlertFilter,
    page: { sort: AlertSort; limit: number; offset: number; each: AlertUnit },
    typologyNames: string,
  ): Promise<{ itemsJson: string; total: number }> {
    const params: unknown[] = [];
    const { where, common } = conditions(scope, filter, params);
    const prepared = { prepare: common };
    const from = FROM[page.each];
    const at = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const names = `$${String(params.length + 1)}::jsonb`;
    const limit = `$${String(params.length + 2)}`;
    const offset = `$${String(params.length + 3)}`;
    // One round trip: the page carries the total; only a page past the end needs a count of its own.
    const [row] = await db.query<{ items: string; total: number | null }>(
      `WITH a AS (
         SELECT ${COLUMNS}, ${from.episode}, (count(*) OVER ())::integer AS total
         FROM ${from.source} WHERE ${where}
         ORDER BY ${SORT_SQL[page.sort]} LIMIT ${limit} OFFSET ${offset})
       SELECT coalesce(json_agg(json_build_object(
                'id', a.id, 'typology', a.typology,
                'typologyName', coalesce((SELECT ${names}) -> a.typology,
                                         jsonb_build_object('es', a.typology, 'en', a.typology)),
                'severity', a.severity, 'score', a.score::float8, 'country', a.country,
                'period', json_build_object('start', to_char(a.period_start, 'YYYY-MM-DD'),
                                            'end', to_char(a.period_end, 'YYYY-MM-DD')),
                'subjects', a.subjects, 'title', a.title, 'status', a.status, 'assignee', a.assignee_username,
                'firstDetectedAt', ${at('a.first_detected_at')}, 'lastDetectedAt', ${at('a.last_detected_at')},
                'episode', json_build_object('id', a.episode_id, 'alerts', a.episode_alerts))
              ORDER BY ${SORT_SQL[page.sort]}), '[]')::text AS items,
              max(a.total) AS total
       FROM a`,
      [...params, typologyNames, page.limit, page.offset],
      prepared,
    );
    const total =
      row?.total ??
      (
        await db.query<{ total: number }>(
          `SELECT count(*)::integer AS total FROM ${from.source} WHERE ${where}`,
          params,
          prepared,
        )
      )[0]?.total ??
      0;
    return { itemsJson: row?.items ?? '[]', total };
  },

  /**
   * One episode in scope with its strongest alert's explanation, figures and evidence, or, when
   * `each` is 'alert' or the id is an alert inside another's episode, that alert alone (with its
   * episode's case); undefined when out of scope.
   */
  async find(
    db: Queryable,
    scope: Scope,
    id: string,
    each: AlertUnit = 'episode',
  ): Promise<AlertDetailRow | undefined> {
    const params: unknown[] = [id];
    const inScope = countryCondition(scope, 'a.country', params);
    const read = async (unit: AlertUnit, lead: string): Promise<DetailRow | undefined> =>
      (
        await db.query<DetailRow>(
          `SELECT ${COLUMNS}, ${FROM[unit].episode}, l.explanation, l.figures, l.evidence, l.detector_version
           FROM ${FROM[unit].source} JOIN alert l ON l.id = ${lead} WHERE a.id = $1 AND ${inScope}`,
          params,
          { prepare: true },
        )
      )[0];
    const row =
      (each === 'episode' ? await read('episode', 'a.lead_id') : undefined) ?? (await read('alert', 'a.id'));
    if (!row) return undefined;
    return {
      ...toListRow(row),
      explanation: row.explanation,
      figures: row.figures,
      evidence: row.evidence,
      detectorVersion: row.detector_version,
    };
  },
};

/**
 * The WHERE clause for the scope and filter, and whether its text is one of the few a queue opens
 * on (the scope and at most a status): only those are kept prepared, so a reader varying filters
 * cannot fill a connection with statements.
 */
function conditions(
  scope: Scope,
  filter: AlertFilter,
  params: unknown[],
): { where: string; common: boolean } {
  const where = [countryCondition(scope, 'a.country', params)];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  if (filter.status?.length) where.push(`COALESCE(c.status, 'open') = ANY(${next(filter.status)}::text[])`);
  const common = where.length;
  if (filter.severity?.length) where.push(`a.severity = ANY(${next(filter.severity)}::text[])`);
  if (filter.typology?.length) where.push(`a.typology = ANY(${next(filter.typology)}::text[])`);
  if (filter.country?.length) where.push(`a.country = ANY(${next(filter.country)}::text[])`);
  if (filter.subject) where.push(`a.subjects @> ARRAY[${next(filter.subject)}::text]`);
  if (filter.assignee) where.push(`lower(c.assignee_username) = lower(${next(filter.assignee)})`);
  if (filter.q?.trim()) {
    const pattern = next(`%${escapeLike(filter.q.trim())}%`);
    where.push(
      `(public.unaccent(a.title->>'es') ILIKE public.unaccent(${pattern})
        OR public.unaccent(a.title->>'en') ILIKE public.unaccent(${pattern}))`,
    );
  }
  return { where: where.join(' AND '), common: where.length === common };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toListRow(row: Row): AlertListRow {
  return {
    ...alertHeadOf(row),
    status: row.status,
    assigneeUsername: row.assignee_username,
    episode: { id: row.episode_id, alerts: row.episode_alerts },
  };
}
