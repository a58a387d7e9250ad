import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['monthlyCapGrams', 'yearlyCapGrams', 'toleranceGrams'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A subsistence miner's sales over one month or year, above its cap. */
export interface CapBreach {
  seller: string;
  country: string | null;
  span: 'MONTH' | 'YEAR';
  period: { start: string; end: string };
  capGrams: number;
  grams: number;
  buyers: number;
  sales: number;
  evidence: Evidence[];
}

interface BreachRow {
  seller: string;
  country: string | null;
  span: 'MONTH' | 'YEAR';
  period_start: Date;
  period_end: Date;
  cap: string;
  grams: string;
  buyers: number;
  sales: number;
  evidence: EvidenceRow[];
}

/** The periods in which a subsistence miner sold more than the cap, across all buyers. */
export async function capBreaches(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<CapBreach[]> {
  const rows = await db.query<BreachRow>(detectorSql('subsistence-cap-exceeded'), [
    thresholds.monthlyCapGrams,
    thresholds.yearlyCapGrams,
    thresholds.toleranceGrams,
  ]);
  return rows.map((row) => ({
    seller: row.seller,
    country: row.country,
    span: row.span,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    capGrams: Number(row.cap),
    grams: Number(row.grams),
    buyers: row.buyers,
    sales: row.sales,
    evidence: evidenceFrom('mineral_transaction', 'sale by the subsistence miner', row.evidence),
  }));
}

/** The alert for a breach: severity by how many times the cap was sold. */
export function capBreachAlert(breach: CapBreach, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const ratio = breach.grams / breach.capGrams;
  const rule = settings.severity;
  const when = breach.span === 'MONTH' ? breach.period.start.slice(0, 7) : breach.period.start.slice(0, 4);
  const cap = {
    es: breach.span === 'MONTH' ? 'mensual' : 'anual',
    en: breach.span === 'MONTH' ? 'monthly' : 'yearly',
  };
  return {
    typology: 'SUBSISTENCE_CAP_EXCEEDED',
    severity: severityFor(ratio, rule.bands),
    score: Math.min(1, (ratio - 1) / (rule.bands.critical - 1)),
    country: breach.country,
    period: breach.period,
    subjects: [breach.seller],
    title: {
      es: `Barequero ${breach.seller} vendió ${es(breach.grams)} g de oro en ${when} (tope ${cap.es} ${es(breach.capGrams)} g)`,
      en: `Subsistence miner ${breach.seller} sold ${en(breach.grams)} g of gold in ${when} (${cap.en} cap ${en(breach.capGrams)} g)`,
    },
    explanation: {
      es: `${breach.seller}, minero de subsistencia, vendió ${es(breach.grams)} g de oro en ${when} en ${breach.sales} ventas a ${breach.buyers} compradores; el tope ${cap.es} es ${es(breach.capGrams)} g (${ratio.toFixed(2)} veces el tope).`,
      en: `${breach.seller}, a subsistence miner, sold ${en(breach.grams)} g of gold in ${when} in ${breach.sales} sales to ${breach.buyers} buyers; the ${cap.en} cap is ${en(breach.capGrams)} g (${ratio.toFixed(2)} times the cap).`,
    },
    figures: {
      grams: breach.grams,
      capGrams: breach.capGrams,
      ratio,
      buyers: breach.buyers,
      sales: breach.sales,
      span: breach.span,
    },
    evidence: breach.evidence,
  };
}

/** SUBSISTENCE_CAP_EXCEEDED: a subsistence miner sells more than 35 g a month or 420 g a year (Colombia). */
export const subsistenceCapExceededDetector: Detector<ThresholdName> = {
  code: 'SUBSISTENCE_CAP_EXCEEDED',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await capBreaches(db, settings.thresholds)).map((breach) => capBreachAlert(breach, settings));
  },
};
