import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['reportingThresholdUsd', 'minPayments'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A buyer's month of cash payments split under the reporting threshold, to one seller or linked sellers. */
export interface SplitMonth {
  buyer: string;
  country: string | null;
  period: { start: string; end: string };
  sellers: string[];
  groups: number;
  payments: number;
  usd: number;
  largestUsd: number;
  thresholdUsd: number;
  evidence: Evidence[];
}

interface SplitRow {
  buyer: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  sellers: string[];
  groups: number;
  payments: number;
  usd: string;
  largest_usd: string;
  evidence: EvidenceRow[];
}

/** The months in which a buyer paid one seller (or linked sellers) in cash in pieces under the threshold. */
export async function splitMonths(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<SplitMonth[]> {
  const thresholdUsd = thresholds.reportingThresholdUsd;
  const rows = await db.query<SplitRow>(detectorSql('structuring'), [thresholdUsd, thresholds.minPayments]);
  return rows.map((row) => ({
    buyer: row.buyer,
    country: row.country,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    sellers: row.sellers,
    groups: row.groups,
    payments: row.payments,
    usd: Number(row.usd),
    largestUsd: Number(row.largest_usd),
    thresholdUsd,
    evidence: evidenceFrom('mineral_transaction', 'cash payment under the threshold', row.evidence),
  }));
}

/** The alert for a split month: severity by the dollars paid in pieces. */
export function splitMonthAlert(split: SplitMonth, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const month = split.period.start.slice(0, 7);
  const sellers = split.sellers.join(', ');
  // More sellers than link groups means some sellers were joined by a shared identifier or address.
  const linked = split.sellers.length > split.groups;
  return {
    typology: 'STRUCTURING',
    severity: severityFor(split.usd, settings.severity.bands),
    score: Math.min(1, split.usd / settings.severity.bands.critical),
    country: split.country,
    period: split.period,
    subjects: [split.buyer, ...split.sellers],
    // The sellers change from month to month; the buyer splitting its payments does not.
    about: split.buyer,
    title: {
      es: `${split.buyer} pagó en efectivo USD ${es(split.usd, 0)} en ${split.payments} pagos bajo el umbral de USD ${es(split.thresholdUsd, 0)} en ${month}`,
      en: `${split.buyer} paid USD ${en(split.usd, 0)} in cash in ${split.payments} payments under the USD ${en(split.thresholdUsd, 0)} threshold in ${month}`,
    },
    explanation: {
      es: `En ${month}, ${split.buyer} hizo ${split.payments} pagos en efectivo a ${sellers}${linked ? ' (vendedores vinculados por identificador o domicilio)' : ''}, cada uno bajo el umbral de reporte de USD ${es(split.thresholdUsd, 0)} (el mayor, USD ${es(split.largestUsd, 0)}), por un total de USD ${es(split.usd, 0)} que lo supera: el fraccionamiento evita el registro de operaciones. Montos convertidos con el tipo de cambio declarado en cada compra.`,
      en: `In ${month}, ${split.buyer} made ${split.payments} cash payments to ${sellers}${linked ? ' (sellers linked by identifier or address)' : ''}, each under the USD ${en(split.thresholdUsd, 0)} reporting threshold (the largest USD ${en(split.largestUsd, 0)}), for a total of USD ${en(split.usd, 0)} that passes it: splitting dodges the transaction report. Amounts converted at the exchange rate each purchase declares.`,
    },
    figures: {
      structuredUsd: split.usd,
      payments: split.payments,
      largestUsd: split.largestUsd,
      thresholdUsd: split.thresholdUsd,
      sellers: split.sellers.length,
      groups: split.groups,
    },
    evidence: split.evidence,
  };
}

/** STRUCTURING: cash purchases split under the reporting threshold to one seller or linked sellers in a month. */
export const structuringDetector: Detector<ThresholdName> = {
  code: 'STRUCTURING',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await splitMonths(db, settings.thresholds)).map((split) => splitMonthAlert(split, settings));
  },
};
