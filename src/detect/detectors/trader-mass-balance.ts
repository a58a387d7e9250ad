import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, escalated } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { roleEvidence } from './production-export-gap.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['relativeTolerance', 'absoluteToleranceKg', 'windowMonths'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A run of consecutive blocks in which a middleman let out more fine gold than it took in. */
export interface MassImbalance {
  party: string;
  country: string | null;
  period: { start: string; end: string };
  blocks: number;
  salesKg: number;
  exportsKg: number;
  purchasesKg: number;
  productionKg: number;
  stockKg: number;
  /** (sales + exports) - (purchases + production + stock), fine kg. */
  excessKg: number;
  excessUsd: number;
  evidence: Evidence[];
}

interface ImbalanceRow {
  party: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  blocks: number;
  stock_kg: string;
  sales_kg: string;
  exports_kg: string;
  purchases_kg: string;
  production_kg: string;
  usd_per_kg: string | null;
  evidence: (EvidenceRow & { role: string })[] | null;
}

/** Middlemen whose fine gold out exceeds their fine gold in plus stock, episode by episode. */
export async function massImbalances(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<MassImbalance[]> {
  const rows = await db.query<ImbalanceRow>(detectorSql('trader-mass-balance'), [
    thresholds.relativeTolerance,
    thresholds.absoluteToleranceKg,
    thresholds.windowMonths,
  ]);
  return rows.map((row) => {
    const out = Number(row.sales_kg) + Number(row.exports_kg);
    const inflow = Number(row.purchases_kg) + Number(row.production_kg) + Number(row.stock_kg);
    return {
      party: row.party,
      country: row.country,
      period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
      blocks: row.blocks,
      salesKg: Number(row.sales_kg),
      exportsKg: Number(row.exports_kg),
      purchasesKg: Number(row.purchases_kg),
      productionKg: Number(row.production_kg),
      stockKg: Number(row.stock_kg),
      excessKg: out - inflow,
      excessUsd: (out - inflow) * Number(row.usd_per_kg ?? 0),
      evidence: roleEvidence(row.evidence),
    };
  });
}

/** The alert for one episode: severity by how many times its inflow the middleman let out. */
export function massImbalanceAlert(
  imbalance: MassImbalance,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const out = imbalance.salesKg + imbalance.exportsKg;
  const inflow = out - imbalance.excessKg;
  const ratio = inflow > 0 ? out / inflow : Number.POSITIVE_INFINITY;
  const rule = settings.severity;
  const times = Number.isFinite(ratio) ? { es: es(ratio, 2), en: en(ratio, 2) } : { es: '∞', en: '∞' };
  const { party, period } = imbalance;
  return {
    typology: 'TRADER_MASS_BALANCE',
    severity: escalated(
      severityFor(ratio, rule.bands),
      imbalance.excessUsd > (rule.escalateAboveUsd ?? Number.POSITIVE_INFINITY),
    ),
    score: Math.min(1, (ratio - 1) / (rule.bands.critical - 1)),
    country: imbalance.country,
    period,
    subjects: [party],
    title: {
      es: `Comerciante ${party} vendió y exportó ${es(out)} kg de oro fino con solo ${es(inflow)} kg de entradas (${period.start} – ${period.end})`,
      en: `Trader ${party} sold and exported ${en(out)} kg of fine gold with only ${en(inflow)} kg coming in (${period.start} – ${period.end})`,
    },
    explanation: {
      es: `Entre ${period.start} y ${period.end} (${imbalance.blocks} trimestres o bloques seguidos por encima de la tolerancia) ${party} vendió ${es(imbalance.salesKg)} kg y exportó ${es(imbalance.exportsKg)} kg de oro fino; compró ${es(imbalance.purchasesKg)} kg, declaró producir ${es(imbalance.productionKg)} kg y traía ${es(imbalance.stockKg)} kg de existencias: ${es(imbalance.excessKg)} kg salieron sin documento de origen (${times.es} veces las entradas; unos USD ${es(imbalance.excessUsd, 0)} al precio mensual del oro).`,
      en: `Between ${period.start} and ${period.end} (${imbalance.blocks} consecutive quarters or blocks over the tolerance) ${party} sold ${en(imbalance.salesKg)} kg and exported ${en(imbalance.exportsKg)} kg of fine gold; it bought ${en(imbalance.purchasesKg)} kg, declared producing ${en(imbalance.productionKg)} kg and carried ${en(imbalance.stockKg)} kg of stock: ${en(imbalance.excessKg)} kg left with no document of origin (${times.en} times the inflow; about USD ${en(imbalance.excessUsd, 0)} at the monthly gold price).`,
    },
    figures: {
      salesKg: imbalance.salesKg,
      exportsKg: imbalance.exportsKg,
      purchasesKg: imbalance.purchasesKg,
      productionKg: imbalance.productionKg,
      stockKg: imbalance.stockKg,
      excessKg: imbalance.excessKg,
      excessUsd: Math.round(imbalance.excessUsd),
      outflowOverInflow: Number.isFinite(ratio) ? ratio : 'no inflow',
      blocks: imbalance.blocks,
    },
    evidence: imbalance.evidence,
  };
}

/** TRADER_MASS_BALANCE: a trader or plant lets out more fine gold than it took in plus its stock. */
export const traderMassBalanceDetector: Detector<ThresholdName> = {
  code: 'TRADER_MASS_BALANCE',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await massImbalances(db, settings.thresholds)).map((imbalance) =>
      massImbalanceAlert(imbalance, settings),
    );
  },
};
