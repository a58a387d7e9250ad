import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Bilingual, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['graceDays', 'minValueUsd'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A buyer's purchases citing one origin right that was not a lawful origin on their dates. */
export interface InactiveOrigin {
  buyer: string;
  right: string;
  country: string | null;
  period: { start: string; end: string };
  purchases: number;
  sellers: string[];
  metals: string[];
  fineKg: number;
  valueUsd: number | null;
  reasons: string[];
  /** Whether a status it rests on has no date in its register, so it is taken as it stands. */
  undatedStatus: boolean;
  evidence: Evidence[];
}

interface OriginRow {
  buyer: string;
  origin_right: string;
  country: string | null;
  first_date: Date;
  last_date: Date;
  purchases: number;
  sellers: string[];
  metals: string[];
  fine_kg: string;
  value_usd: string | null;
  reasons: string[];
  records: EvidenceRow[];
  evidence: EvidenceRow[];
}

/** Purchases per buyer and origin right whose right or seller was inactive on the date. */
export async function inactiveOrigins(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<InactiveOrigin[]> {
  const rows = await db.query<OriginRow>(detectorSql('inactive-right-origin'), [
    thresholds.graceDays,
    thresholds.minValueUsd,
  ]);
  return rows.map((row) => ({
    buyer: row.buyer,
    right: row.origin_right,
    country: row.country,
    period: { start: isoDay(row.first_date), end: isoDay(row.last_date) },
    purchases: row.purchases,
    sellers: row.sellers,
    metals: row.metals,
    fineKg: Number(row.fine_kg),
    valueUsd: row.value_usd === null ? null : Number(row.value_usd),
    reasons: row.reasons,
    undatedStatus: row.records.some(
      (record) => record.status !== 'IN_PROCESS' && (record.endedOn ?? record.validTo ?? null) === null,
    ),
    evidence: [
      ...evidenceFrom('mining_right', 'status of the origin right', registerRows(row.records, 'MR')),
      ...evidenceFrom('registration', "status of the seller's registration", registerRows(row.records)),
      ...evidenceFrom('mineral_transaction', 'purchase citing the right', row.evidence),
    ],
  }));
}

// Right records and registration records travel in one list; a right's id carries the MR scheme.
function registerRows(rows: readonly EvidenceRow[], scheme?: 'MR'): EvidenceRow[] {
  return rows.filter((row) => (row.id.split(':')[1] === 'MR') === (scheme === 'MR'));
}

const REASONS: Record<string, Bilingual> = {
  RIGHT_EXTINCT: { es: 'el derecho está extinguido', en: 'the right is extinct' },
  RIGHT_SUSPENDED: { es: 'el derecho está suspendido', en: 'the right is suspended' },
  RIGHT_IN_PROCESS: {
    es: 'el derecho está en trámite sin inscripción de formalización vigente',
    en: 'the right is in process with no active formalisation registration',
  },
  SELLER_CANCELLED: {
    es: 'la inscripción del vendedor está cancelada',
    en: "the seller's registration is cancelled",
  },
  SELLER_SUSPENDED: {
    es: 'la inscripción del vendedor está suspendida',
    en: "the seller's registration is suspended",
  },
};

function grounds(reasons: readonly string[], language: keyof Bilingual): string {
  return reasons.map((reason) => REASONS[reason]?.[language] ?? reason).join('; ');
}

/** The alert for a buyer and an inactive origin: severity by the fine metal bought. */
export function inactiveOriginAlert(
  origin: InactiveOrigin,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const metals = origin.metals.join(', ');
  const value = {
    es: origin.valueUsd === null ? '' : ` (${es(origin.valueUsd, 0)} USD)`,
    en: origin.valueUsd === null ? '' : ` (USD ${en(origin.valueUsd, 0)})`,
  };
  const undated = origin.undatedStatus
    ? {
        es: ' El registro no fecha el cambio de estado: se toma vigente en las fechas de compra.',
        en: ' The register gives no date for the status change: it is taken to hold on the purchase dates.',
      }
    : { es: '', en: '' };
  return {
    typology: 'INACTIVE_RIGHT_ORIGIN',
    severity: severityFor(origin.fineKg, rule.bands),
    score: Math.min(1, 0.3 + (0.7 * origin.fineKg) / rule.bands.critical),
    country: origin.country,
    period: origin.period,
    subjects: [origin.right, origin.buyer, ...origin.sellers.filter((seller) => seller !== origin.buyer)],
    title: {
      es: `${origin.buyer} compró ${es(origin.fineKg, 3)} kg finos de ${metals} con origen en ${origin.right}, derecho o vendedor inactivo`,
      en: `${origin.buyer} bought ${en(origin.fineKg, 3)} kg fine ${metals} citing ${origin.right}, an inactive right or seller`,
    },
    explanation: {
      es: `${origin.buyer} registró ${origin.purchases} compras entre ${origin.period.start} y ${origin.period.end} por ${es(origin.fineKg, 3)} kg finos de ${metals}${value.es} que citan como origen ${origin.right}, pero en esas fechas ${grounds(origin.reasons, 'es')}.${undated.es}`,
      en: `${origin.buyer} recorded ${origin.purchases} purchases between ${origin.period.start} and ${origin.period.end} of ${en(origin.fineKg, 3)} kg fine ${metals}${value.en} citing ${origin.right} as origin, but on those dates ${grounds(origin.reasons, 'en')}.${undated.en}`,
    },
    figures: {
      fineKg: origin.fineKg,
      ...(origin.valueUsd === null ? {} : { valueUsd: origin.valueUsd }),
      purchases: origin.purchases,
      reasons: origin.reasons.join(','),
      statusDated: origin.undatedStatus ? 'no' : 'yes',
    },
    evidence: origin.evidence,
  };
}

/** INACTIVE_RIGHT_ORIGIN: purchases citing an extinct, suspended or uncovered right, or a deregistered seller. */
export const inactiveRightOriginDetector: Detector<ThresholdName> = {
  code: 'INACTIVE_RIGHT_ORIGIN',
  thresholds: THRESHOLDS,
  version: '1.0.0',
  async run(db, settings) {
    return (await inactiveOrigins(db, settings.thresholds)).map((origin) =>
      inactiveOriginAlert(origin, settings),
    );
  },
};
