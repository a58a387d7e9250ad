import { UNRESOLVED_STATUSES } from '../../core/case-statuses.js';
import { sqlText } from '../../core/sql-text.js';
import { severityRankSql, SEVERITIES_WORST_FIRST } from '../../core/severity.js';
import type { Queryable } from '../engine/database.js';
import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import { alertHeadOf, type AlertHead, type AlertHeadRow } from './alert-head.js';

/**
 * An episode: consecutive or overlapping alerts of one typology on one subject, shown as one. Its
 * id is one of its alerts' (whose case is the episode's), its severity the worst of them, its score
 * the highest, its period their span, its title the strongest alert's.
 */
export interface StoredEpisode extends AlertHead {
  /** How many alerts the episode holds. */
  alerts: number;
  /** The strongest alert, whose title and explanation the episode shows. */
  leadId: string;
  explanation: { es: string; en: string };
}

/** One alert of an episode, as the episode lists it. */
export interface EpisodeMember {
  id: string;
  severity: string;
  score: number;
  period: { start: string; end: string };
  title: { es: string; en: string };
}

interface EpisodeRow extends AlertHeadRow {
  alerts: number;
  lead_id: string;
  explanation: { es: string; en: string };
}

const LEAD_FIRST = `${severityRankSql('a.severity')} DESC, a.score DESC, a.period_start DESC, a.id`;

/** Episodes of alerts: kept in step with the alerts, and read as lists and scoring read them. */
export const alertEpisodeRepository = {
  /**
   * Regroups the alerts of these typologies into episodes and rebuilds their heads. The stored
   * alerts alone decide, so running it twice changes nothing.
   */
  async regroup(db: Queryable, typologies: readonly string[]): Promise<void> {
    if (typologies.length === 0) return;
    const params = [[...typologies]];
    await db.query(sqlText('store/alerts/alert-episodes.sql'), [...params, [...UNRESOLVED_STATUSES]]);
    await db.query('DELETE FROM alert_episode WHERE typology = ANY($1::text[])', params);
    await db.query(
      `INSERT INTO alert_episode (id, lead_id, typology, severity, score, country, period_start, period_end,
                                  subjects, title, alerts, first_detected_at, last_detected_at)
       SELECT DISTINCT ON (a.episode_id) a.episode_id, a.id, a.typology, a.severity, max(a.score) OVER w,
              a.country, min(a.period_start) OVER w, max(a.period_end) OVER w,
              -- Every subject any of its alerts names, so a search by subject finds the episode
              -- whichever month named it (a trader's sellers change month to month).
              ARRAY(SELECT DISTINCT s FROM alert m CROSS JOIN LATERAL unnest(m.subjects) AS s
                    WHERE m.episode_id = a.episode_id ORDER BY s),
              a.title,
              count(*) OVER w, min(a.first_detected_at) OVER w, max(a.last_detected_at) OVER w
       FROM alert a WHERE a.typology = ANY($1::text[])
       WINDOW w AS (PARTITION BY a.episode_id)
       ORDER BY a.episode_id, ${LEAD_FIRST}`,
      params,
    );
  },

  /** Episodes, most severe and highest-scoring first, optionally of one typology or country. */
  async list(
    db: Queryable,
    filter: { typology?: string | undefined; country?: string | undefined } = {},
  ): Promise<StoredEpisode[]> {
    const rows = await db.query<EpisodeRow>(
      `SELECT e.*, l.explanation FROM alert_episode e JOIN alert l ON l.id = e.lead_id
       WHERE ($1::text IS NULL OR e.typology = $1) AND ($2::text IS NULL OR e.country = $2)
       ORDER BY ${severityRankSql('e.severity', SEVERITIES_WORST_FIRST)}, e.score DESC, e.id`,
      [filter.typology ?? null, filter.country ?? null],
    );
    return rows.map((row) => ({
      ...alertHeadOf(row),
      alerts: row.alerts,
      leadId: row.lead_id,
      explanation: row.explanation,
    }));
  },

  /** The alerts of an episode in scope, earliest first; none when it is out of scope. */
  async members(db: Queryable, scope: Scope, episodeId: string): Promise<EpisodeMember[]> {
    const params: unknown[] = [episodeId];
    const inScope = countryCondition(scope, 'a.country', params);
    const rows = await db.query<AlertHeadRow>(
      `SELECT a.id, a.typology, a.severity, a.score, a.country, a.period_start, a.period_end, a.subjects, a.title,
              a.first_detected_at, a.last_detected_at
       FROM alert a WHERE a.episode_id = $1 AND ${inScope}
       ORDER BY a.period_start, a.period_end, a.id`,
      params,
      { prepare: true },
    );
    return rows.map((row) => {
      const { id, severity, score, period, title } = alertHeadOf(row);
      return { id, severity, score, period, title };
    });
  },
};
