import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, type Severity, atLeast } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'minRecords',
  'madNonconformity',
  'minOrdersOfMagnitude',
  'roundExcess',
  'minWholeExcess',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** Benford's first-digit probabilities, log10(1 + 1/d) for d = 1..9. */
export const BENFORD_FIRST_DIGIT: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) =>
  Math.log10(1 + 1 / digit),
);

/** The MAD that conforming data of n records shows by chance alone: sqrt(2/(πn)) · mean of sqrt(p(1-p)). */
export function expectedMad(n: number): number {
  return 0.235 / Math.sqrt(n);
}

/** Nigrini's first-digit conformity bands for a MAD. */
export function nigriniBand(mad: number): 'close' | 'acceptable' | 'marginal' | 'nonconformity' {
  if (mad < 0.006) return 'close';
  if (mad < 0.012) return 'acceptable';
  if (mad <= 0.015) return 'marginal';
  return 'nonconformity';
}

/** A declarant whose amounts break Benford's law or heap at whole figures. */
export interface DigitAnomaly {
  declarant: string;
  country: string | null;
  layout: string;
  currency: string;
  records: number;
  period: { start: string; end: string };
  mad: number;
  /** The MAD beyond what chance gives at this size and what the peers' norm is. */
  excessMad: number;
  /** The median excess over chance among peers the test applies to, floored at zero. */
  peerExcessMad: number;
  digitShares: Record<string, number>;
  ordersOfMagnitude: number;
  /** Whether there are records enough and a range wide enough for the first-digit test. */
  benfordApplies: boolean;
  /** Whether the first-digit test applies and fails. */
  madFires: boolean;
  /** Whether whole amounts exceed the peers' share by more than the threshold. */
  heapFires: boolean;
  wholeCount: number;
  wholeShare: number;
  expectedWholeShare: number;
  evidence: Evidence[];
}

interface AnomalyRow {
  declarant: string;
  country: string | null;
  layout: string;
  currency: string | null;
  n: number;
  period_start: Date;
  period_end: Date;
  mad: string;
  digit_shares: Record<string, number>;
  orders_of_magnitude: string;
  whole_count: number;
  whole_share: string;
  expected_whole: string;
  peer_excess_mad: string;
  evidence: EvidenceRow[];
}

/** Declarants with enough records whose amounts fail the first-digit test or carry too many whole figures. */
export async function digitAnomalies(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<DigitAnomaly[]> {
  const minOrders = thresholds.minOrdersOfMagnitude;
  const minRecords = thresholds.minRecords;
  const madNonconformity = thresholds.madNonconformity;
  const roundExcess = thresholds.roundExcess;
  const minWholeExcess = thresholds.minWholeExcess;
  const rows = await db.query<AnomalyRow>(detectorSql('benford-anomaly'), [
    minRecords,
    madNonconformity,
    minOrders,
    roundExcess,
    minWholeExcess,
  ]);
  return rows.map((row) => {
    const mad = Number(row.mad);
    const ordersOfMagnitude = Number(row.orders_of_magnitude);
    const wholeShare = Number(row.whole_share);
    const expectedWholeShare = Number(row.expected_whole);
    const peerExcessMad = Number(row.peer_excess_mad);
    const excessMad = mad - expectedMad(row.n) - peerExcessMad;
    const benfordApplies = row.n >= minRecords && ordersOfMagnitude >= minOrders;
    const madFires = benfordApplies && excessMad > madNonconformity;
    // The whole amounts chance does not explain, not the declarant's size, decide: a small trader
    // inventing round invoices shows as well as a large one.
    const heapFires =
      row.whole_count - row.n * expectedWholeShare >= minWholeExcess &&
      wholeShare - expectedWholeShare > roundExcess;
    return {
      declarant: row.declarant,
      country: row.country,
      layout: row.layout,
      currency: row.currency ?? '',
      records: row.n,
      period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
      mad,
      excessMad,
      peerExcessMad,
      digitShares: row.digit_shares,
      ordersOfMagnitude,
      benfordApplies,
      madFires,
      heapFires,
      wholeCount: row.whole_count,
      wholeShare,
      expectedWholeShare,
      // The first-digit test rests on every amount; heaping alone rests on the whole ones.
      evidence: evidenceFrom(
        'mineral_transaction',
        'amount declared',
        madFires ? row.evidence : row.evidence.filter((item) => item.whole === true),
      ),
    };
  });
}

/** The worse of two severities, capped at high: a digit anomaly alone is a weak signal. */
function worseCapped(a: Severity, b: Severity): Severity {
  const worse = atLeast(a, b);
  return worse === 'critical' ? 'high' : worse;
}

/** The alert for a declarant: by the excess MAD when Benford applies, else by the heaping; never above high. */
export function digitAnomalyAlert(
  anomaly: DigitAnomaly,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const { bands } = settings.severity;
  const roundExcess = settings.thresholds.roundExcess;
  const madNonconformity = settings.thresholds.madNonconformity;
  const heapExcess = anomaly.wholeShare - anomaly.expectedWholeShare;
  const { madFires, heapFires } = anomaly;
  const severity = worseCapped(
    madFires ? severityFor(anomaly.excessMad, bands) : 'low',
    heapFires && heapExcess > 2 * roundExcess ? 'medium' : 'low',
  );
  const score = Math.min(
    1,
    Math.max(madFires ? anomaly.excessMad / bands.critical : 0, heapFires ? heapExcess : 0),
  );
  return {
    typology: 'BENFORD_ANOMALY',
    severity,
    score,
    country: anomaly.country,
    period: anomaly.period,
    subjects: [anomaly.declarant],
    title: titleOf(anomaly, madFires, heapExcess),
    explanation: explanationOf(anomaly, {
      mad: madFires,
      heap: heapFires,
      madNonconformity,
      minOrders: settings.thresholds.minOrdersOfMagnitude,
      minRecords: settings.thresholds.minRecords,
    }),
    figures: {
      records: anomaly.records,
      mad: anomaly.mad,
      excessMad: anomaly.excessMad,
      peerExcessMad: anomaly.peerExcessMad,
      nigriniBand: anomaly.benfordApplies ? nigriniBand(anomaly.mad) : 'not applicable',
      ordersOfMagnitude: anomaly.ordersOfMagnitude,
      wholeCount: anomaly.wholeCount,
      wholeShare: anomaly.wholeShare,
      expectedWholeShare: anomaly.expectedWholeShare,
      currency: anomaly.currency,
      layout: anomaly.layout,
    },
    evidence: anomaly.evidence,
  };
}

function pct(value: number, format: (v: number, digits?: number) => string): string {
  return `${format(value * 100, 1)} %`;
}

function titleOf(a: DigitAnomaly, madFires: boolean, heapExcess: number): AlertDraft['title'] {
  const year = a.period.start.slice(0, 4);
  if (madFires) {
    return {
      es: `Los montos de ${a.declarant} en ${year} se apartan de la ley de Benford (MAD ${es(a.mad, 4)} en ${es(a.records, 0)} registros)`,
      en: `The amounts of ${a.declarant} in ${year} deviate from Benford's law (MAD ${en(a.mad, 4)} over ${en(a.records, 0)} records)`,
    };
  }
  return {
    es: `${a.declarant} declaró ${pct(a.wholeShare, es)} de montos enteros en ${year} (${pct(heapExcess, es)} sobre sus pares)`,
    en: `${a.declarant} declared ${pct(a.wholeShare, en)} whole amounts in ${year} (${pct(heapExcess, en)} above its peers)`,
  };
}

interface Firing {
  mad: boolean;
  heap: boolean;
  madNonconformity: number;
  minOrders: number;
  minRecords: number;
}

function explanationOf(a: DigitAnomaly, firing: Firing): AlertDraft['explanation'] {
  const year = a.period.start.slice(0, 4);
  const parts = { es: [] as string[], en: [] as string[] };
  if (firing.mad) {
    parts.es.push(
      `En ${es(a.records, 0)} montos en ${a.currency} de ${year} (${a.layout}), que abarcan ${es(a.ordersOfMagnitude, 1)} órdenes de magnitud, la desviación absoluta media (MAD) del primer dígito frente a Benford es ${es(a.mad, 4)}; descontada la esperable por azar con ese tamaño (${es(expectedMad(a.records), 4)}) y la habitual entre sus pares (${es(a.peerExcessMad, 4)}), queda ${es(a.excessMad, 4)}, sobre la banda de no conformidad de Nigrini (${es(firing.madNonconformity, 4)}).`,
    );
    parts.en.push(
      `Over ${en(a.records, 0)} amounts in ${a.currency} in ${year} (${a.layout}), spanning ${en(a.ordersOfMagnitude, 1)} orders of magnitude, the first-digit mean absolute deviation (MAD) from Benford is ${en(a.mad, 4)}; less what chance gives at that size (${en(expectedMad(a.records), 4)}) and what is usual among its peers (${en(a.peerExcessMad, 4)}), ${en(a.excessMad, 4)} remains, above Nigrini's nonconformity band (${en(firing.madNonconformity, 4)}).`,
    );
  }
  if (firing.heap) {
    parts.es.push(
      `${es(a.wholeCount, 0)} de ${es(a.records, 0)} montos en ${a.currency} de ${year} (${pct(a.wholeShare, es)}) son cifras enteras, sin céntimos, frente a ${pct(a.expectedWholeShare, es)} en el declarante mediano del mismo registro (${a.layout}): señal de montos inventados.`,
    );
    parts.en.push(
      `${en(a.wholeCount, 0)} of ${en(a.records, 0)} amounts in ${a.currency} in ${year} (${pct(a.wholeShare, en)}) are whole figures, without cents, against ${pct(a.expectedWholeShare, en)} for the median declarant of the same register (${a.layout}): a sign of invented amounts.`,
    );
  }
  // Say which of the test's two needs is missing: a small trader may span the orders of magnitude.
  if (!a.benfordApplies && a.records < firing.minRecords) {
    parts.es.push(
      `La prueba del primer dígito no se aplica: ${es(a.records, 0)} registros (hacen falta ${es(firing.minRecords, 0)}).`,
    );
    parts.en.push(
      `The first-digit test does not apply: ${en(a.records, 0)} records (${en(firing.minRecords, 0)} needed).`,
    );
  } else if (!a.benfordApplies) {
    parts.es.push(
      `La prueba del primer dígito no se aplica: ${es(a.records, 0)} registros que abarcan ${es(a.ordersOfMagnitude, 1)} órdenes de magnitud (hacen falta ${es(firing.minOrders, 1)}).`,
    );
    parts.en.push(
      `The first-digit test does not apply: ${en(a.records, 0)} records spanning ${en(a.ordersOfMagnitude, 1)} orders of magnitude (${en(firing.minOrders, 1)} needed).`,
    );
  }
  return { es: parts.es.join(' '), en: parts.en.join(' ') };
}

/** BENFORD_ANOMALY: a declarant's amounts break Benford's first-digit law or heap at whole figures. */
export const benfordAnomalyDetector: Detector<ThresholdName> = {
  code: 'BENFORD_ANOMALY',
  thresholds: THRESHOLDS,
  // 1.0.1: no English possessive on the declarant: alerts now write it "Name (ID)" (name-subjects.ts).
  // 1.1.0: whole amounts count by how many chance does not explain (minWholeExcess), not from a
  // minimum of records a year.
  version: '1.1.0',
  async run(db, settings) {
    return (await digitAnomalies(db, settings.thresholds)).map((anomaly) =>
      digitAnomalyAlert(anomaly, settings),
    );
  },
};
