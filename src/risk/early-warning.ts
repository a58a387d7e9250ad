import type { Scope } from '../store/scope/scope.js';
import type { Severity } from '../core/severity.js';
import { VetaError } from '../core/veta-error.js';
import type { Bilingual } from '../detect/alert.js';
import type { Queryable } from '../store/engine/database.js';
import {
  earlyWarningQueries,
  type NewAlertRow,
  type ScoreChangeRow,
} from '../store/risk/early-warning-queries.js';
import type { StoredContribution, StoredRiskRun } from '../store/risk/risk-repository.js';
import { evidenceName } from './evidence-names.js';
import { loadRiskWeights } from './risk-weights.js';

/** A subject that became new or riskier since the date, with why. */
export interface WarningSubject {
  change: 'new' | 'risen';
  kind: string;
  subjectId: string;
  label: string;
  country: string | null;
  score: number;
  /** The score in the last run before the date (0 when that run did not score it); null when new. */
  previousScore: number | null;
  firstScoredAt: Date;
  /** Evidence that is new since the baseline run, or weighs more than it did. */
  evidence: StoredContribution[];
  reason: Bilingual;
}

/** An alert first raised since the date, with a sentence saying so. */
export interface WarningAlert extends NewAlertRow {
  reason: Bilingual;
}

/** What became new or riskier since a date, within the reader's scope. */
export interface EarlyWarningFeed {
  since: string;
  step: number;
  latestRun: { id: number; startedAt: Date } | null;
  baselineRun: { id: number; startedAt: Date } | null;
  subjects: WarningSubject[];
  alerts: { items: WarningAlert[]; total: number };
}

/** What the feed is asked for. */
export interface EarlyWarningRequest {
  since: string;
  step: number;
  scope: Scope;
  kind?: string | undefined;
  alertLimit?: number | undefined;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Points by which a piece of evidence must have grown to count as stronger. */
const GREW = 0.01;

/**
 * Subjects first scored after `since` (00:00 UTC), subjects whose score rose by more than `step`
 * since the last run before it, and alerts first detected since it, each with the reason.
 */
export async function earlyWarning(db: Queryable, request: EarlyWarningRequest): Promise<EarlyWarningFeed> {
  if (!DAY.test(request.since))
    throw new VetaError(
      'USAGE',
      `The date "${request.since}" is not a day; write it as YYYY-MM-DD, e.g. 2025-03-01.`,
    );
  if (!(request.step >= 0 && request.step < 1))
    throw new VetaError(
      'USAGE',
      `The step ${request.step} must be a score difference from 0 to 1, e.g. 0.1.`,
    );
  const since = new Date(`${request.since}T00:00:00Z`);
  const runs = await earlyWarningQueries.comparedRuns(db, since);
  const changes = runs.latest
    ? await earlyWarningQueries.changes(db, {
        scope: request.scope,
        since,
        latestRun: runs.latest.id,
        baselineRun: runs.baseline?.id ?? null,
        step: request.step,
        kind: request.kind,
      })
    : [];
  const alerts = await earlyWarningQueries.newAlerts(db, {
    scope: request.scope,
    since,
    limit: request.alertLimit ?? 100,
  });
  return {
    since: request.since,
    step: request.step,
    latestRun: runs.latest,
    baselineRun: runs.baseline,
    subjects: changes.map(warningSubject),
    alerts: {
      items: alerts.items.map((alert) => ({ ...alert, reason: alertReason(alert) })),
      total: alerts.total,
    },
  };
}

/** The rise that counts as riskier by default: the one in the latest run's weights, else the built-in one. */
export function riseStepOf(run: StoredRiskRun | undefined): number {
  const section = run?.weights.earlyWarning;
  if (
    typeof section === 'object' &&
    section !== null &&
    'riseStep' in section &&
    typeof section.riseStep === 'number'
  )
    return section.riseStep;
  return loadRiskWeights().weights.earlyWarning.riseStep;
}

function warningSubject(row: ScoreChangeRow): WarningSubject {
  const change = row.scoredBefore ? 'risen' : 'new';
  const evidence = changedEvidence(row.contributions, row.previousContributions ?? []);
  const previousScore = change === 'new' ? null : (row.previousScore ?? 0);
  return {
    change,
    kind: row.kind,
    subjectId: row.subjectId,
    label: row.label,
    country: row.country,
    score: row.score,
    previousScore,
    firstScoredAt: row.firstScoredAt,
    evidence,
    reason: subjectReason(change, row, previousScore, evidence),
  };
}

/** The pieces of `current` that `previous` lacks or that weigh more now, strongest first. */
export function changedEvidence(
  current: readonly StoredContribution[],
  previous: readonly StoredContribution[],
): StoredContribution[] {
  const before = new Map(previous.map((item) => [evidenceKey(item), item.points]));
  return current
    .filter((item) => {
      const points = before.get(evidenceKey(item));
      return points === undefined || item.points - points > GREW;
    })
    .sort((a, b) => b.points - a.points);
}

// An alert is itself; a signal is its code and the record it rests on (a member's identifier, an
// intermediary), not its figures, which move from run to run.
function evidenceKey(item: StoredContribution): string {
  if (item.alertId) return item.alertId;
  const on = item.detail.identifier ?? item.detail.via ?? '';
  return `${item.code}:${typeof on === 'string' ? on : ''}`;
}

function subjectReason(
  change: 'new' | 'risen',
  row: ScoreChangeRow,
  previousScore: number | null,
  evidence: readonly StoredContribution[],
): Bilingual {
  const named = evidence.slice(0, 3).map((item) => {
    const name = evidenceName(item.code);
    const alert = item.alertId ? ` (${item.alertId})` : '';
    return { es: `${name.es}${alert}`, en: `${name.en}${alert}` };
  });
  const list = (language: 'es' | 'en'): string => named.map((item) => item[language]).join('; ');
  const score = (value: number, language: 'es' | 'en'): string =>
    language === 'es' ? value.toFixed(2).replace('.', ',') : value.toFixed(2);
  if (change === 'new') {
    const day = row.firstScoredAt.toISOString().slice(0, 10);
    return {
      es: `Puntuado por primera vez el ${day} con ${score(row.score, 'es')}; evidencia principal: ${list('es')}.`,
      en: `First scored on ${day} at ${score(row.score, 'en')}; strongest evidence: ${list('en')}.`,
    };
  }
  const from = previousScore ?? 0;
  const rise = row.score - from;
  if (named.length === 0)
    return {
      es: `La puntuación subió de ${score(from, 'es')} a ${score(row.score, 'es')} (+${score(rise, 'es')}) con la misma evidencia, que pesa más (alertas más recientes o pesos cambiados).`,
      en: `Score rose from ${score(from, 'en')} to ${score(row.score, 'en')} (+${score(rise, 'en')}) on the same evidence, which weighs more (newer alerts or changed weights).`,
    };
  return {
    es: `La puntuación subió de ${score(from, 'es')} a ${score(row.score, 'es')} (+${score(rise, 'es')}); evidencia nueva o más fuerte: ${list('es')}.`,
    en: `Score rose from ${score(from, 'en')} to ${score(row.score, 'en')} (+${score(rise, 'en')}); new or stronger evidence: ${list('en')}.`,
  };
}

const SEVERITY_ES: Readonly<Record<Severity, string>> = {
  low: 'baja',
  medium: 'media',
  high: 'alta',
  critical: 'crítica',
};

function alertReason(alert: NewAlertRow): Bilingual {
  const day = alert.firstDetectedAt.toISOString().slice(0, 10);
  const name = evidenceName(alert.typology);
  return {
    es: `Detectada por primera vez el ${day}: ${name.es}, severidad ${SEVERITY_ES[alert.severity]}. ${alert.title.es}`,
    en: `First detected on ${day}: ${name.en}, ${alert.severity} severity. ${alert.title.en}`,
  };
}
