import { createHash } from 'node:crypto';
import { severityAt, severityRank, type Severity } from '../core/severity.js';
import type { AlertFinding } from '../store/alerts/alert-head.js';

export type { Severity } from '../core/severity.js';

/** Text in both of Veta's languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/** A stored record an alert rests on: where to find it, and what it contributed. */
export interface Evidence {
  table: string;
  layout: string;
  id: string;
  file: string;
  row: number;
  role: string;
  values: Record<string, unknown>;
}

/** An alert as a detector raises it, before it is stored. */
export interface AlertDraft extends AlertFinding<Severity> {
  /** What tells this alert from another of the same typology, subjects and period (see alertId). */
  qualifier?: string;
  /**
   * The one subject the alert is about, where its other subjects change from period to period (a
   * trader's sellers, the detections inside one protected area): consecutive alerts of a typology
   * about it form one episode. Without it, an episode is alerts with the same subjects and qualifier.
   */
  about?: string;
  explanation: Bilingual;
  figures: Record<string, number | string>;
  evidence: Evidence[];
}

/** An alert with its stable id, the detector version that raised it and the catalogue version in force. */
export interface Alert extends AlertDraft {
  id: string;
  detectorVersion: string;
  catalogueVersion: string;
}

/**
 * The stable id of an alert: the same typology, subjects and period give the same id on every run,
 * whatever the order the subjects were found in. `qualifier` separates alerts that share all three
 * (the same country pair and year, for two commodities).
 */
export function alertId(
  typology: string,
  subjects: readonly string[],
  period: { start: string; end: string },
  qualifier = '',
): string {
  const key = [typology, [...subjects].sort().join(','), period.start, period.end, qualifier].join('|');
  return `ALR-${createHash('sha256').update(key).digest('hex').slice(0, 20).toUpperCase()}`;
}

/** The band a figure falls in, given the lower bound of each band (higher figures are worse). */
export function severityFor(figure: number, bands: Readonly<Record<Severity, number>>): Severity {
  if (figure >= bands.critical) return 'critical';
  if (figure >= bands.high) return 'high';
  if (figure >= bands.medium) return 'medium';
  return 'low';
}

/** One band up when `up` holds (a typology's escalateAboveUsd was passed), critical staying critical. */
export function escalated(severity: Severity, up: boolean): Severity {
  return up ? severityAt(severityRank(severity) + 1) : severity;
}

/** The worse of two severities: `floor` is the least a signal that alone is serious deserves. */
export function atLeast(severity: Severity, floor: Severity): Severity {
  return severityRank(severity) < severityRank(floor) ? floor : severity;
}
