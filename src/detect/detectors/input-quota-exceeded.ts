import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, escalated } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { inputName, unitLabel } from './input-names.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['relativeTolerance'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** One input delivered above its monthly quota. */
export interface QuotaExcess {
  input: string;
  unit: string;
  delivered: number;
  quota: number;
  deliveries: number;
}

/** A user's month in which one or more inputs for one right went past their quotas. */
export interface QuotaBreach {
  recipient: string;
  right: string | null;
  country: string | null;
  period: { start: string; end: string };
  excesses: QuotaExcess[];
  evidence: Evidence[];
}

interface ExcessRow {
  recipient: string;
  destination_right: string | null;
  country: string | null;
  input: string;
  unit: string;
  month: Date;
  month_end: Date;
  delivered: string;
  quota: string;
  deliveries: number;
  evidence: EvidenceRow[];
}

/** The months in which a user received more of an input than its quota, grouped by user, right and month. */
export async function quotaBreaches(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<QuotaBreach[]> {
  const rows = await db.query<ExcessRow>(detectorSql('input-quota-exceeded'), [thresholds.relativeTolerance]);
  const breaches = new Map<string, QuotaBreach>();
  for (const row of rows) {
    const start = isoDay(row.month);
    const key = [row.recipient, row.destination_right ?? '', start].join('|');
    const breach = breaches.get(key) ?? {
      recipient: row.recipient,
      right: row.destination_right,
      country: row.country,
      period: { start, end: isoDay(row.month_end) },
      excesses: [],
      evidence: [],
    };
    breach.excesses.push({
      input: row.input,
      unit: row.unit,
      delivered: Number(row.delivered),
      quota: Number(row.quota),
      deliveries: row.deliveries,
    });
    breach.evidence.push(...evidenceFrom('input_transaction', 'delivery in the month', row.evidence));
    breaches.set(key, breach);
  }
  return [...breaches.values()];
}

/** The alert for a month over quota: severity by the worst delivered/quota ratio, one level up for mercury. */
export function quotaBreachAlert(breach: QuotaBreach, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const ratioOf = (excess: QuotaExcess): number => excess.delivered / excess.quota;
  const worst = breach.excesses.reduce((a, b) => (ratioOf(b) > ratioOf(a) ? b : a));
  const ratio = ratioOf(worst);
  const bands = settings.severity.bands;
  const base = severityFor(ratio, bands);
  const mercury = breach.excesses.some((excess) => excess.input === 'MERCURY');
  const severity = escalated(base, mercury);
  const month = breach.period.start.slice(0, 7);
  const list = (language: 'es' | 'en'): string =>
    breach.excesses
      .map((excess) => {
        const unit = unitLabel(excess.unit, language);
        return language === 'es'
          ? `${es(excess.delivered)} ${unit} de ${inputName(excess.input, 'es')} (cupo ${es(excess.quota)} ${unit}, ${es(ratioOf(excess), 2)} veces)`
          : `${en(excess.delivered)} ${unit} of ${inputName(excess.input, 'en')} (quota ${en(excess.quota)} ${unit}, ${en(ratioOf(excess), 2)} times)`;
      })
      .join('; ');
  const subjects = breach.right ? [breach.recipient, breach.right] : [breach.recipient];
  const destination = {
    es: breach.right ? ` para el derecho ${breach.right}` : '',
    en: breach.right ? ` for right ${breach.right}` : '',
  };
  return {
    typology: 'INPUT_QUOTA_EXCEEDED',
    severity,
    score: Math.min(1, (ratio - 1) / (bands.critical - 1)),
    country: breach.country,
    period: breach.period,
    subjects,
    // A recipient over its quotas, whichever input and right a month's breach names.
    about: breach.recipient,
    title: {
      es: `${breach.recipient} recibió ${es(ratio, 2)} veces su cupo mensual de ${inputName(worst.input, 'es')} en ${month}`,
      en: `${breach.recipient} received ${en(ratio, 2)} times its monthly ${inputName(worst.input, 'en')} quota in ${month}`,
    },
    explanation: {
      es: `En ${month}, ${breach.recipient} recibió${destination.es} ${list('es')}; el exceso sobre el cupo autorizado suele desviarse a minería ilegal.`,
      en: `In ${month}, ${breach.recipient} received${destination.en} ${list('en')}; the excess over the authorised quota is usually diverted to illegal mining.`,
    },
    figures: {
      input: worst.input,
      unit: worst.unit,
      delivered: worst.delivered,
      quota: worst.quota,
      ratio,
      inputsOverQuota: breach.excesses.length,
    },
    evidence: breach.evidence,
  };
}

/** INPUT_QUOTA_EXCEEDED: a user's monthly deliveries of a controlled input above its authorised quota. */
export const inputQuotaExceededDetector: Detector<ThresholdName> = {
  code: 'INPUT_QUOTA_EXCEEDED',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await quotaBreaches(db, settings.thresholds)).map((breach) => quotaBreachAlert(breach, settings));
  },
};
