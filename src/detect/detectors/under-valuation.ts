import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, type Severity, escalated } from '../alert.js';
import type { SeverityRule } from '../catalogue/catalogue-schema.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['minPriceRatio', 'peerIqrMultiplier', 'minPeers', 'minValueAtStakeUsd'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** Where the fine content of an exporter's month came from. */
export type FineSource = 'DECLARED' | 'PURCHASES' | 'ASSAYS';

/** An exporter's gold exports of one month and heading, valued below the reference or its peers. */
export interface LowValuation {
  exporter: string;
  country: string | null;
  hsCode: string;
  period: { start: string; end: string };
  referenceUsdPerOzt: number;
  fineOzt: number;
  fobUsd: number;
  fineSource: FineSource;
  peers: number;
  /** The peers' lower fence (Q1 − k × IQR) in USD per fine ounce, when there are enough peers. */
  fenceUsdPerOzt: number | null;
  evidence: Evidence[];
}

interface ValuationRow {
  declarant: string;
  country: string | null;
  hs_code: string;
  period_start: Date;
  period_end: Date;
  price: string;
  fine_ozt: string;
  fob_usd: string;
  fine_source: FineSource;
  peers: number;
  fence: number | string | null;
  evidence: EvidenceRow[];
  price_evidence: EvidenceRow[];
}

/** The exporter-months whose declared value per fine ounce falls below the reference or the peers' fence. */
export async function lowValuations(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<LowValuation[]> {
  const rows = await db.query<ValuationRow>(detectorSql('under-valuation'), [
    thresholds.minPriceRatio,
    thresholds.peerIqrMultiplier,
    thresholds.minPeers,
    thresholds.minValueAtStakeUsd,
  ]);
  return rows.map((row) => ({
    exporter: row.declarant,
    country: row.country,
    hsCode: row.hs_code,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    referenceUsdPerOzt: Number(row.price),
    fineOzt: Number(row.fine_ozt),
    fobUsd: Number(row.fob_usd),
    fineSource: row.fine_source,
    peers: row.peers,
    fenceUsdPerOzt: row.fence === null ? null : Number(row.fence),
    evidence: [
      ...evidenceFrom('customs_declaration', 'gold export declaration', row.evidence),
      ...evidenceFrom('reference_price', 'reference gold price of the month', row.price_evidence),
    ],
  }));
}

// The bands start from above (0.9, 0.8, ...): a lower ratio is worse. Past escalateAboveUsd, one up.
function severityOf(rule: SeverityRule, ratio: number, atStakeUsd: number): Severity {
  const { low, medium, high, critical } = rule.bands;
  const base = severityFor(-ratio, { low: -low, medium: -medium, high: -high, critical: -critical });
  return escalated(base, atStakeUsd > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY));
}

const FINE_FROM: Record<FineSource, { es: string; en: string }> = {
  DECLARED: { es: 'ley declarada', en: 'declared fineness' },
  PURCHASES: { es: 'ley del oro que compró ese mes', en: 'fineness of the gold it bought that month' },
  ASSAYS: { es: 'ley de los ensayos de sus lotes', en: 'fineness of its lots’ assays' },
};

/** The alert for an exporter-month: severity by the declared/reference price ratio. */
export function lowValuationAlert(v: LowValuation, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const unitValue = v.fobUsd / v.fineOzt;
  const ratio = unitValue / v.referenceUsdPerOzt;
  const atStake = v.fineOzt * v.referenceUsdPerOzt - v.fobUsd;
  const month = v.period.start.slice(0, 7);
  const rule = settings.severity;
  const minRatio = settings.thresholds.minPriceRatio;
  const fence = v.fenceUsdPerOzt;
  const peersEs =
    fence === null
      ? `${String(v.peers)} declaraciones del mes, muy pocas para comparar con pares`
      : `el límite inferior de ${String(v.peers)} declaraciones del mes (Q1 − k × RIC) es ${es(fence, 2)} USD/ozt`;
  const peersEn =
    fence === null
      ? `${String(v.peers)} declarations that month, too few to compare with peers`
      : `the lower fence of ${String(v.peers)} declarations that month (Q1 − k × IQR) is ${en(fence, 2)} USD/ozt`;
  return {
    typology: 'UNDER_VALUATION',
    severity: severityOf(rule, ratio, atStake),
    score: Math.min(1, Math.max(0, (minRatio - ratio) / (minRatio - rule.bands.critical))),
    country: v.country,
    period: v.period,
    subjects: [v.exporter],
    title: {
      es: `Exportador ${v.exporter} declaró oro a ${es(unitValue, 2)} USD por onza fina en ${month} (referencia ${es(v.referenceUsdPerOzt, 2)})`,
      en: `Exporter ${v.exporter} declared gold at ${en(unitValue, 2)} USD per fine ounce in ${month} (reference ${en(v.referenceUsdPerOzt, 2)})`,
    },
    explanation: {
      es: `${v.exporter} exportó ${es(v.fineOzt, 1)} onzas troy finas (según la ${FINE_FROM[v.fineSource].es}) en ${month} por ${es(v.fobUsd, 0)} USD FOB: ${es(unitValue, 2)} USD/ozt, ${es(ratio * 100, 1)} % del precio de referencia de ${es(v.referenceUsdPerOzt, 2)} USD/ozt (mínimo ${es(minRatio * 100, 1)} %); ${peersEs}. Valor en juego: ${es(atStake, 0)} USD.`,
      en: `${v.exporter} exported ${en(v.fineOzt, 1)} fine troy ounces (by the ${FINE_FROM[v.fineSource].en}) in ${month} for ${en(v.fobUsd, 0)} USD FOB: ${en(unitValue, 2)} USD/ozt, ${en(ratio * 100, 1)} % of the reference price of ${en(v.referenceUsdPerOzt, 2)} USD/ozt (minimum ${en(minRatio * 100, 1)} %); ${peersEn}. Value at stake: ${en(atStake, 0)} USD.`,
    },
    figures: {
      hsCode: v.hsCode,
      fineOzt: v.fineOzt,
      fobUsd: v.fobUsd,
      unitValueUsdPerOzt: unitValue,
      referenceUsdPerOzt: v.referenceUsdPerOzt,
      priceRatio: ratio,
      valueAtStakeUsd: atStake,
      fineSource: v.fineSource,
      peers: v.peers,
      ...(fence === null ? {} : { peerFenceUsdPerOzt: fence }),
    },
    evidence: v.evidence,
  };
}

/** UNDER_VALUATION: gold exports declared well below the fine gold's value at the month's price. */
export const underValuationDetector: Detector<ThresholdName> = {
  code: 'UNDER_VALUATION',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await lowValuations(db, settings.thresholds)).map((v) => lowValuationAlert(v, settings));
  },
};
