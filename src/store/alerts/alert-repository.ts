import { severityRankSql, SEVERITIES_WORST_FIRST } from '../../core/severity.js';
import { alertHeadOf, type AlertHead, type AlertHeadRow } from './alert-head.js';
import type { Queryable } from '../engine/database.js';
import { alertEpisodeRepository } from './alert-episode-repository.js';

/** An alert as stored: the detector's draft, its stable id and when it was first and last raised. */
export interface StoredAlert extends AlertHead {
  explanation: { es: string; en: string };
  figures: Record<string, unknown>;
  evidence: unknown[];
  detectorVersion: string;
  /** The typology catalogue's version the alert was raised under; null for alerts stored before it was kept. */
  catalogueVersion: string | null;
  /** The episode the alert belongs to (alert-episode-repository.ts). */
  episodeId: string | null;
}

export type AlertToStore = Omit<
  StoredAlert,
  'firstDetectedAt' | 'lastDetectedAt' | 'catalogueVersion' | 'episodeId'
> & {
  catalogueVersion?: string;
  /**
   * What tells the alert from another of the same typology, subjects and period (its id was made
   * with it): alerts that differ in it belong to different episodes. '' when not given.
   */
  qualifier?: string;
  /** What the alert's episode is about (AlertDraft.about, else its qualifier and subjects). */
  strand?: string;
  /** Months without an alert its episode may span (the typology's, from the catalogue). */
  episodeGapMonths?: number;
};

interface AlertRow extends AlertHeadRow {
  explanation: { es: string; en: string };
  figures: Record<string, unknown>;
  evidence: unknown[];
  detector_version: string;
  catalogue_version: string | null;
  episode_id: string | null;
}

/**
 * What an alert's episode is about: the one subject its detector names (AlertDraft.about), else its
 * qualifier and its subjects in any order.
 */
export function strandOf(qualifier: string, subjects: readonly string[], about?: string): string {
  return about ?? [qualifier, ...[...subjects].sort()].join('|');
}

/** Storage of alerts. Writing an alert that exists updates it: detection never duplicates. */
export const alertRepository = {
  /**
   * Inserts new alerts and updates known ones in one statement, then regroups the episodes of their
   * typologies (alert-episode-repository.ts); returns how many alerts were new.
   */
  async upsert(
    db: Queryable,
    alerts: readonly AlertToStore[],
  ): Promise<{ created: number; updated: number }> {
    if (alerts.length === 0) return { created: 0, updated: 0 };
    const rows = await db.query<{ created: boolean }>(
      `INSERT INTO alert (id, typology, severity, score, country, period_start, period_end, subjects, title,
                          explanation, figures, evidence, detector_version, catalogue_version, qualifier,
                          strand, episode_gap_months)
       SELECT a.id, a.typology, a.severity, a.score, a.country, a.period_start, a.period_end,
              ARRAY(SELECT jsonb_array_elements_text(a.subjects)), a.title, a.explanation, a.figures, a.evidence,
              a.detector_version, a.catalogue_version, a.qualifier, a.strand, a.episode_gap_months
       FROM jsonb_to_recordset($1::jsonb) AS a(id text, typology text, severity text, score numeric, country text,
            period_start date, period_end date, subjects jsonb, title jsonb, explanation jsonb, figures jsonb,
            evidence jsonb, detector_version text, catalogue_version text, qualifier text, strand text,
            episode_gap_months integer)
       ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, score = excluded.score,
         title = excluded.title, explanation = excluded.explanation, figures = excluded.figures,
         evidence = excluded.evidence, detector_version = excluded.detector_version,
         catalogue_version = excluded.catalogue_version, qualifier = excluded.qualifier,
         strand = excluded.strand, episode_gap_months = excluded.episode_gap_months, last_detected_at = now()
       RETURNING (xmax = 0) AS created`,
      [JSON.stringify(alerts.map(toJson))],
    );
    await alertEpisodeRepository.regroup(db, [...new Set(alerts.map((alert) => alert.typology))]);
    const created = rows.filter((row) => row.created).length;
    return { created, updated: rows.length - created };
  },

  /** Alerts one by one, most severe and highest-scoring first, optionally of one typology or country. */
  async list(
    db: Queryable,
    filter: { typology?: string | undefined; country?: string | undefined } = {},
  ): Promise<StoredAlert[]> {
    const rows = await db.query<AlertRow>(
      `SELECT * FROM alert WHERE ($1::text IS NULL OR typology = $1) AND ($2::text IS NULL OR country = $2)
       ORDER BY ${severityRankSql('severity', SEVERITIES_WORST_FIRST)}, score DESC, id`,
      [filter.typology ?? null, filter.country ?? null],
    );
    return rows.map(fromRow);
  },
};

function toJson(alert: AlertToStore): Record<string, unknown> {
  return {
    id: alert.id,
    typology: alert.typology,
    severity: alert.severity,
    score: alert.score,
    country: alert.country,
    period_start: alert.period.start,
    period_end: alert.period.end,
    subjects: alert.subjects,
    title: alert.title,
    explanation: alert.explanation,
    figures: alert.figures,
    evidence: alert.evidence,
    detector_version: alert.detectorVersion,
    catalogue_version: alert.catalogueVersion ?? null,
    qualifier: alert.qualifier ?? '',
    strand: alert.strand ?? strandOf(alert.qualifier ?? '', alert.subjects),
    episode_gap_months: alert.episodeGapMonths ?? 0,
  };
}

function fromRow(row: AlertRow): StoredAlert {
  return {
    ...alertHeadOf(row),
    explanation: row.explanation,
    figures: row.figures,
    evidence: row.evidence,
    detectorVersion: row.detector_version,
    catalogueVersion: row.catalogue_version,
    episodeId: row.episode_id,
  };
}
