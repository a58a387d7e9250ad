import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, atLeast } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'doreMinGoldFraction',
  'payableFraction',
  'valueTolerance',
  'minValueAtStakeUsd',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** An exporter's concentrate declarations of one month that their lots' assays contradict. */
export interface MisdeclaredConcentrate {
  exporter: string;
  country: string | null;
  period: { start: string; end: string };
  /** Whether an assay shows a gold fraction only doré reaches. */
  dore: boolean;
  lots: number;
  netKg: number;
  goldKg: number;
  maxGoldFraction: number;
  declaredUsd: number;
  containedUsd: number;
  payableUsd: number;
  hsCodes: string;
  evidence: Evidence[];
}

interface MisdeclaredRow {
  declarant: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  dore: boolean;
  lots: number;
  net_kg: string;
  gold_kg: string;
  max_au_fraction: string;
  declared_usd: string;
  contained_usd: string;
  payable_usd: string;
  hs_codes: string;
  lot_evidence: EvidenceRow[];
  assay_evidence: EvidenceRow[];
  price_evidence: EvidenceRow[];
}

/** The exporter-months whose concentrate declarations are doré by assay or far from their payable value. */
export async function misdeclaredConcentrates(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<MisdeclaredConcentrate[]> {
  const rows = await db.query<MisdeclaredRow>(detectorSql('concentrate-misclassification'), [
    thresholds.doreMinGoldFraction,
    thresholds.payableFraction,
    thresholds.valueTolerance,
    thresholds.minValueAtStakeUsd,
  ]);
  return rows.map((row) => ({
    exporter: row.declarant,
    country: row.country,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    dore: row.dore,
    lots: row.lots,
    netKg: Number(row.net_kg),
    goldKg: Number(row.gold_kg),
    maxGoldFraction: Number(row.max_au_fraction),
    declaredUsd: Number(row.declared_usd),
    containedUsd: Number(row.contained_usd),
    payableUsd: Number(row.payable_usd),
    hsCodes: row.hs_codes,
    evidence: [
      ...evidenceFrom('customs_declaration', 'concentrate export declaration', row.lot_evidence),
      ...evidenceFrom('assay', 'lab assay of the lot', row.assay_evidence),
      ...evidenceFrom('reference_price', 'reference price of the month', row.price_evidence),
    ],
  }));
}

/** The alert for an exporter-month: severity by the value at stake, doré in disguise at least high. */
export function misdeclaredConcentrateAlert(
  c: MisdeclaredConcentrate,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const month = c.period.start.slice(0, 7);
  const atStake = Math.abs((c.dore ? c.containedUsd : c.payableUsd) - c.declaredUsd);
  const byValue = severityFor(atStake, rule.bands);
  const severity = c.dore ? atLeast(byValue, 'high') : byValue;
  const share = c.declaredUsd / (c.dore ? c.containedUsd : c.payableUsd);
  const head = {
    es: `En ${month}, ${c.exporter} declaró ${es(c.netKg, 1)} kg de concentrado (HS ${c.hsCodes}, ${String(c.lots)} declaraciones) por ${es(c.declaredUsd, 0)} USD FOB`,
    en: `In ${month}, ${c.exporter} declared ${en(c.netKg, 1)} kg of concentrate (HS ${c.hsCodes}, ${String(c.lots)} declarations) for ${en(c.declaredUsd, 0)} USD FOB`,
  };
  const body = c.dore
    ? {
        es: `${head.es}; el ensayo del mismo lote halla ${es(c.maxGoldFraction * 100, 1)} % de oro (${es(c.goldKg, 2)} kg de oro fino), una ley que solo alcanza el doré (mínimo ${es(settings.thresholds.doreMinGoldFraction * 100, 1)} %). Su contenido vale ${es(c.containedUsd, 0)} USD a precios de referencia: lo declarado es ${es(share * 100, 1)} %.`,
        en: `${head.en}; the assay of the same lot finds ${en(c.maxGoldFraction * 100, 1)} % gold (${en(c.goldKg, 2)} kg fine), a grade only doré reaches (minimum ${en(settings.thresholds.doreMinGoldFraction * 100, 1)} %). Its content is worth ${en(c.containedUsd, 0)} USD at reference prices: the declared value is ${en(share * 100, 1)} % of it.`,
      }
    : {
        es: `${head.es}; los metales pagables según el ensayo del mismo lote valen ${es(c.payableUsd, 0)} USD a precios de referencia: lo declarado es ${es(share * 100, 1)} % (tolerancia ±${es(settings.thresholds.valueTolerance * 100, 1)} %).`,
        en: `${head.en}; the payable metals by the assay of the same lot are worth ${en(c.payableUsd, 0)} USD at reference prices: the declared value is ${en(share * 100, 1)} % of it (tolerance ±${en(settings.thresholds.valueTolerance * 100, 1)} %).`,
      };
  return {
    typology: 'CONCENTRATE_MISCLASSIFICATION',
    severity,
    score: Math.min(1, atStake / rule.bands.critical),
    country: c.country,
    period: c.period,
    subjects: [c.exporter],
    title: c.dore
      ? {
          es: `Doré declarado como concentrado por ${c.exporter} en ${month}: ${es(c.goldKg, 2)} kg de oro fino`,
          en: `Doré declared as concentrate by ${c.exporter} in ${month}: ${en(c.goldKg, 2)} kg of fine gold`,
        }
      : {
          es: `Concentrado de ${c.exporter} declarado a ${es(share * 100, 1)} % de su valor pagable en ${month}`,
          en: `Concentrate of ${c.exporter} declared at ${en(share * 100, 1)} % of its payable value in ${month}`,
        },
    explanation: {
      es: `${body.es} Valor en juego: ${es(atStake, 0)} USD.`,
      en: `${body.en} Value at stake: ${en(atStake, 0)} USD.`,
    },
    figures: {
      hsCodes: c.hsCodes,
      dore: c.dore ? 'yes' : 'no',
      lots: c.lots,
      netKg: c.netKg,
      goldKg: c.goldKg,
      maxGoldFraction: c.maxGoldFraction,
      declaredUsd: c.declaredUsd,
      containedUsd: c.containedUsd,
      payableUsd: c.payableUsd,
      valueAtStakeUsd: atStake,
    },
    evidence: c.evidence,
  };
}

/** CONCENTRATE_MISCLASSIFICATION: chapter-26 exports whose assays show doré or another value. */
export const concentrateMisclassificationDetector: Detector<ThresholdName> = {
  code: 'CONCENTRATE_MISCLASSIFICATION',
  thresholds: THRESHOLDS,
  // 1.0.1: no English possessive on the exporter: alerts now write it "Name (ID)" (name-subjects.ts).
  version: '1.0.1',
  async run(db, settings) {
    return (await misdeclaredConcentrates(db, settings.thresholds)).map((c) =>
      misdeclaredConcentrateAlert(c, settings),
    );
  },
};
