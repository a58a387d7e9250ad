import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['relativeTolerance', 'absoluteToleranceFineness'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** The lots of one declarant (or buyer-seller pair) in one month whose declared fineness the lab contradicts. */
export interface FinenessMismatch {
  holder: string;
  parties: string[];
  country: string | null;
  period: { start: string; end: string };
  lots: number;
  lotTable: 'customs_declaration' | 'mineral_transaction';
  declaredFineKg: number;
  assayedFineKg: number;
  maxRelative: number;
  evidence: Evidence[];
}

interface LotEvidenceRow extends EvidenceRow {
  table: string;
}

interface MismatchRow {
  holder: string;
  parties: string[];
  country: string | null;
  period_start: Date;
  period_end: Date;
  lots: number;
  lot_table: FinenessMismatch['lotTable'];
  declared_fine_kg: string | null;
  assayed_fine_kg: string | null;
  max_relative: string;
  lot_evidence: LotEvidenceRow[];
  assay_evidence: EvidenceRow[];
}

/** The months in which a holder's declared gold fineness differs from accredited assays of the same lots. */
export async function finenessMismatches(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<FinenessMismatch[]> {
  const rows = await db.query<MismatchRow>(detectorSql('assay-mismatch'), [
    thresholds.relativeTolerance,
    thresholds.absoluteToleranceFineness,
  ]);
  return rows.map((row) => ({
    holder: row.holder,
    parties: row.parties,
    country: row.country,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    lots: row.lots,
    lotTable: row.lot_table,
    declaredFineKg: Number(row.declared_fine_kg ?? 0),
    assayedFineKg: Number(row.assayed_fine_kg ?? 0),
    maxRelative: Number(row.max_relative),
    evidence: [
      ...row.lot_evidence.flatMap(({ table, ...lot }) =>
        evidenceFrom(table, 'lot with declared fineness', [lot]),
      ),
      ...evidenceFrom('assay', 'accredited assay of the lot', row.assay_evidence),
    ],
  }));
}

/** The alert for a holder's month: severity by the largest relative fineness difference. */
export function finenessMismatchAlert(
  m: FinenessMismatch,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const month = m.period.start.slice(0, 7);
  const hidden = m.assayedFineKg - m.declaredFineKg;
  const what =
    m.lotTable === 'customs_declaration'
      ? { es: 'exportaciones de oro', en: 'gold exports' }
      : { es: 'compras de oro', en: 'gold purchases' };
  const direction = hidden >= 0 ? { es: 'oculta', en: 'hides' } : { es: 'infla en', en: 'inflates by' };
  const tolerance = settings.thresholds.relativeTolerance;
  return {
    typology: 'ASSAY_MISMATCH',
    severity: severityFor(m.maxRelative, rule.bands),
    score: Math.min(1, m.maxRelative / rule.bands.critical),
    country: m.country,
    period: m.period,
    subjects: m.parties,
    title: {
      es: `Ley declarada de ${m.holder} difiere ${es(m.maxRelative * 100)} % del ensayo acreditado en ${month}`,
      en: `Declared fineness of ${m.holder} differs ${en(m.maxRelative * 100)} % from the accredited assay in ${month}`,
    },
    explanation: {
      es: `En ${month}, ${String(m.lots)} ${what.es} de ${m.holder} con ensayo acreditado del mismo lote declaran ${es(m.declaredFineKg, 3)} kg de oro fino; los ensayos hallan ${es(m.assayedFineKg, 3)} kg. La mayor diferencia de ley es ${es(m.maxRelative * 100)} % de la ensayada (tolerancia ${es(tolerance * 100)} %): la declaración ${direction.es} ${es(Math.abs(hidden), 3)} kg de oro fino.`,
      en: `In ${month}, ${String(m.lots)} ${what.en} by ${m.holder} with an accredited assay of the same lot declare ${en(m.declaredFineKg, 3)} kg of fine gold; the assays find ${en(m.assayedFineKg, 3)} kg. The largest fineness difference is ${en(m.maxRelative * 100)} % of the assayed one (tolerance ${en(tolerance * 100)} %): the declaration ${direction.en} ${en(Math.abs(hidden), 3)} kg of fine gold.`,
    },
    figures: {
      lots: m.lots,
      declaredFineKg: m.declaredFineKg,
      assayedFineKg: m.assayedFineKg,
      relativeDifference: m.maxRelative,
    },
    evidence: m.evidence,
  };
}

/** ASSAY_MISMATCH: declared gold fineness against an accredited lab's assay of the same lot. */
export const assayMismatchDetector: Detector<ThresholdName> = {
  code: 'ASSAY_MISMATCH',
  thresholds: THRESHOLDS,
  // 1.0.1: no English possessive on the holder: alerts now write it "Name (ID)" (name-subjects.ts).
  version: '1.0.1',
  async run(db, settings) {
    return (await finenessMismatches(db, settings.thresholds)).map((m) => finenessMismatchAlert(m, settings));
  },
};
