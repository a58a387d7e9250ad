import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, escalated } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { coversPoint } from '../../geo/point-in-polygon.js';
import { polygonsOf, type AreaGeoJson, type Position } from '../../geo/polygon.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'minMonthlyFineKg',
  'lookbackMonths',
  'maxYieldKgPerHaYear',
  'suddenStartShare',
  'suddenStartMonths',
  'silentMonths',
  'minSigns',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** The signs of no real activity a right can show. */
export type GhostSign = 'NO_INPUTS' | 'NO_ACTIVITY' | 'HIGH_YIELD' | 'SUDDEN_START' | 'SUDDEN_STOP';

type DetectionRow = EvidenceRow & { geometry: AreaGeoJson | null };
type RecordRow = EvidenceRow & { table: string };

interface GhostRow {
  right_id: string;
  country: string | null;
  legal_status: string;
  area_ha: string | null;
  holders: string[];
  geometry: AreaGeoJson | null;
  first_day: Date;
  last_day: Date;
  span_months: number;
  cited_kg: string;
  declared_kg: string;
  kg_a_month: string;
  peak_kg_a_month: string;
  yield: string | null;
  sudden_start: boolean;
  sudden_stop: boolean;
  input_register: boolean;
  deliveries: number;
  devices: number;
  detections: DetectionRow[] | null;
  parties: string[];
  right_record: EvidenceRow;
  records: RecordRow[];
}

/** A right whose output comes with at least the minimum number of signs of no activity. */
export interface GhostRight {
  right: string;
  status: string;
  country: string | null;
  period: { start: string; end: string };
  months: number;
  kgAMonth: number;
  peakKgAMonth: number;
  declaredKg: number;
  citedKg: number;
  yieldKgPerHaYear: number | null;
  signs: GhostSign[];
  applicable: GhostSign[];
  subjects: string[];
  evidence: Evidence[];
}

/**
 * Whether a detection lies in the right: its centre or any of its corners falls in the right (or on
 * its edge, as src/geo/ counts a boundary). The centre is the mean of the outer rings' positions as
 * written, closing position included (GeoJSON closes every ring), as this detector has always taken it.
 */
export function detectionInRight(detection: AreaGeoJson, right: AreaGeoJson): boolean {
  const corners = polygonsOf(detection).flatMap((polygon) => polygon.outer);
  if (corners.length === 0) return false;
  const mean = (axis: 0 | 1): number => corners.reduce((sum, p) => sum + p[axis], 0) / corners.length;
  const centre: Position = [mean(0), mean(1)];
  const area = polygonsOf(right);
  return [centre, ...corners].some((point) => coversPoint(area, point));
}

// A detection's outline stays out of the evidence figures: the record holds it.
function evidenceRow(
  { id, layout, file, row, ...values }: EvidenceRow,
  table: string,
  role: string,
): Evidence {
  const figures = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'geometry'));
  return { table, layout, id, file, row, role, values: figures };
}

function ghostOf(row: GhostRow, thresholds: Readonly<Record<ThresholdName, number>>): GhostRight {
  const rightArea = row.geometry;
  const seen = (row.detections ?? []).filter(
    (detection) =>
      rightArea !== null && detection.geometry !== null && detectionInRight(detection.geometry, rightArea),
  );
  const yieldKg = row.yield === null ? null : Number(row.yield);
  const applicable: GhostSign[] = [
    ...(row.input_register ? (['NO_INPUTS'] as const) : []),
    'NO_ACTIVITY',
    ...(yieldKg === null ? [] : (['HIGH_YIELD'] as const)),
    'SUDDEN_START',
    'SUDDEN_STOP',
  ];
  const holds: Record<GhostSign, boolean> = {
    NO_INPUTS: row.input_register && row.deliveries === 0,
    NO_ACTIVITY: row.devices === 0 && seen.length === 0,
    HIGH_YIELD: yieldKg !== null && yieldKg > thresholds.maxYieldKgPerHaYear,
    SUDDEN_START: row.sudden_start,
    SUDDEN_STOP: row.sudden_stop,
  };
  return {
    right: row.right_id,
    status: row.legal_status,
    country: row.country,
    period: { start: isoDay(row.first_day), end: isoDay(row.last_day) },
    months: row.span_months,
    kgAMonth: Number(row.kg_a_month),
    peakKgAMonth: Number(row.peak_kg_a_month),
    declaredKg: Number(row.declared_kg),
    citedKg: Number(row.cited_kg),
    yieldKgPerHaYear: yieldKg,
    signs: applicable.filter((sign) => holds[sign]),
    applicable,
    subjects: [...new Set([row.right_id, ...row.holders, ...row.parties])],
    evidence: [
      evidenceRow(row.right_record, 'mining_right', 'the right'),
      ...row.records.map(({ table, ...record }) =>
        evidenceRow(
          record,
          table,
          table === 'production_declaration' ? 'production declared' : 'purchase citing the right',
        ),
      ),
      ...seen.map((detection) => evidenceRow(detection, 'geo_feature', 'satellite detection in the right')),
    ],
  };
}

/** The rights with output of at least the minimum and at least the minimum number of signs. */
export async function ghostRights(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<GhostRight[]> {
  const minSigns = thresholds.minSigns;
  const rows = await db.query<GhostRow>(detectorSql('ghost-production'), [
    thresholds.minMonthlyFineKg,
    thresholds.lookbackMonths,
    thresholds.maxYieldKgPerHaYear,
    thresholds.suddenStartShare,
    thresholds.suddenStartMonths,
    thresholds.silentMonths,
    minSigns,
  ]);
  return rows.map((row) => ghostOf(row, thresholds)).filter((ghost) => ghost.signs.length >= minSigns);
}

function signText(ghost: GhostRight, sign: GhostSign, thresholds: Readonly<Record<ThresholdName, number>>) {
  const lookback = thresholds.lookbackMonths;
  const yieldKg = ghost.yieldKgPerHaYear ?? 0;
  const max = thresholds.maxYieldKgPerHaYear;
  const share = Math.round(thresholds.suddenStartShare * 100);
  const silent = thresholds.silentMonths;
  const texts: Record<GhostSign, { es: string; en: string }> = {
    NO_INPUTS: {
      es: `ninguna entrega de insumos controlados desde ${lookback} meses antes`,
      en: `no controlled-input delivery from ${lookback} months before`,
    },
    NO_ACTIVITY: {
      es: 'ni maquinaria con GPS autorizada ni detección satelital en el derecho',
      en: 'no GPS-tracked machinery authorised for it and no satellite detection in the right',
    },
    HIGH_YIELD: {
      es: `un rendimiento de ${es(yieldKg, 2)} kg/ha al año (máximo ${es(max)})`,
      en: `a yield of ${en(yieldKg, 2)} kg/ha a year (maximum ${en(max)})`,
    },
    SUDDEN_START: {
      es: `un arranque súbito: el primer mes ya al ${share} % o más de su pico`,
      en: `a sudden start: its first month already at ${share} % or more of its peak`,
    },
    SUDDEN_STOP: {
      es: `una parada súbita: su último mes aún al ${share} % o más de su pico, y después ${silent} meses o más sin producción en los datos`,
      en: `a sudden stop: its last month still at ${share} % or more of its peak, then ${silent} months or more with no output in the data`,
    },
  };
  return texts[sign];
}

/** The alert for a ghost right: severity by the unbacked fine gold a month, a level up when every sign holds. */
export function ghostAlert(ghost: GhostRight, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const banded = severityFor(ghost.kgAMonth, settings.severity.bands);
  const all = ghost.signs.length === ghost.applicable.length && ghost.applicable.length >= 3;
  const severity = escalated(banded, all);
  const texts = ghost.signs.map((sign) => signText(ghost, sign, settings.thresholds));

  const count = `${ghost.signs.length}/${ghost.applicable.length}`;
  return {
    typology: 'GHOST_PRODUCTION',
    severity,
    score: ghost.signs.length / ghost.applicable.length,
    country: ghost.country,
    period: ghost.period,
    subjects: ghost.subjects,
    title: {
      es: `${ghost.right} da origen a ${es(ghost.kgAMonth, 2)} kg de oro fino al mes sin señales de actividad (${count} señales)`,
      en: `${ghost.right} is the origin of ${en(ghost.kgAMonth, 2)} kg of fine gold a month with no sign of activity (${count} signs)`,
    },
    explanation: {
      es: `De ${ghost.period.start} a ${ghost.period.end} (${ghost.months} meses) ${ghost.right} declaró ${es(ghost.declaredKg, 3)} kg de oro fino y fue citado como origen de ${es(ghost.citedKg, 3)} kg en compras: ${es(ghost.kgAMonth, 2)} kg al mes, con un pico de ${es(ghost.peakKgAMonth, 2)} kg. Señales (${count}): ${texts.map((t) => t.es).join('; ')}.`,
      en: `From ${ghost.period.start} to ${ghost.period.end} (${ghost.months} months) ${ghost.right} declared ${en(ghost.declaredKg, 3)} kg of fine gold and was cited as the origin of ${en(ghost.citedKg, 3)} kg in purchases: ${en(ghost.kgAMonth, 2)} kg a month, peaking at ${en(ghost.peakKgAMonth, 2)} kg. Signs (${count}): ${texts.map((t) => t.en).join('; ')}.`,
    },
    figures: {
      fineKgPerMonth: ghost.kgAMonth,
      peakKgPerMonth: ghost.peakKgAMonth,
      declaredKg: ghost.declaredKg,
      citedKg: ghost.citedKg,
      months: ghost.months,
      ...(ghost.yieldKgPerHaYear === null ? {} : { yieldKgPerHaYear: ghost.yieldKgPerHaYear }),
      signs: ghost.signs.join(','),
      applicableSigns: ghost.applicable.join(','),
    },
    evidence: ghost.evidence,
  };
}

/** GHOST_PRODUCTION: a right declares or is cited for gold with no sign that anything is mined there. */
export const ghostProductionDetector: Detector<ThresholdName> = {
  code: 'GHOST_PRODUCTION',
  thresholds: THRESHOLDS,
  // 1.0.1: a detection on a right's very edge counts as inside it, as src/geo decides for every typology.
  // 1.1.0: a sudden stop is a sign, the mirror of a sudden start.
  version: '1.1.0',
  async run(db, settings) {
    return (await ghostRights(db, settings.thresholds)).map((ghost) => ghostAlert(ghost, settings));
  },
};
