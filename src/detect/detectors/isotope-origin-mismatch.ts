import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence, escalated } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { evidenceFrom, es, en, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'maxMahalanobis',
  'minTrustedLots',
  'pooledWeightLots',
  'linkFinenessTolerance',
  'minFailingLots',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A right whose assayed lots carry lead isotopes far from its own district's. */
export interface ForeignIsotopes {
  right: string;
  holders: string[];
  country: string | null;
  district: string;
  trustedLots: number;
  period: { start: string; end: string };
  failingLots: number;
  /** Failing lots, each assay that may belong to k lots counting 1/k. */
  expectedFailingLots: number;
  assayedLots: number;
  /** The district had fewer than minTrustedLots trusted lots of other rights: judged by its region too. */
  thin: boolean;
  /** The district's region (department or province, and country), which judges a thin district. */
  region: string;
  medianDistance: number;
  nearestDistrict: string | null;
  nearestCountry: string | null;
  evidence: Evidence[];
}

interface ForeignRow {
  origin_right: string;
  holders: string[] | null;
  country: string | null;
  district: string;
  trusted_lots: number;
  period_start: Date;
  period_end: Date;
  failing_lots: number;
  sure_failing_lots: number;
  expected_failing_lots: string;
  assayed_lots: number;
  thin: boolean;
  region: string;
  median_distance: number;
  nearest_district: string | null;
  nearest_country: string | null;
  lot_evidence: EvidenceRow[];
  assay_evidence: EvidenceRow[];
}

/**
 * The rights whose lots' lead isotopes lie far from the trusted fingerprint of their district, in two
 * passes: a right found in the first no longer teaches its district a fingerprint in the second.
 */
export async function foreignIsotopes(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<ForeignIsotopes[]> {
  // A right selling another district's gold would otherwise shift its district's yardstick: the
  // honest rights beside it would look foreign and the gold of a second such right would pass.
  // Only unambiguous lots convict in the first pass: an assay whose receipt number other lots share
  // would otherwise convict a bystander, who would then keep it in the second.
  const first = await foreignRows(db, thresholds, []);
  const found = first.filter((row) => row.sure_failing_lots >= thresholds.minFailingLots);
  const rows = await foreignRows(
    db,
    thresholds,
    found.map((row) => row.origin_right),
  );
  return rows.map((row) => ({
    right: row.origin_right,
    holders: row.holders ?? [],
    country: row.country,
    district: row.district,
    trustedLots: row.trusted_lots,
    period: { start: isoDay(row.period_start), end: isoDay(row.period_end) },
    failingLots: row.failing_lots,
    expectedFailingLots: Number(row.expected_failing_lots),
    assayedLots: row.assayed_lots,
    thin: row.thin,
    region: row.region,
    medianDistance: row.median_distance,
    nearestDistrict: row.nearest_district,
    nearestCountry: row.nearest_country,
    evidence: [
      ...evidenceFrom('mineral_transaction', 'gold lot sold as from the right', row.lot_evidence),
      ...evidenceFrom('assay', 'lead-isotope assay of the lot', row.assay_evidence),
    ],
  }));
}

/** One pass of the query, the lots of `untrusted` rights teaching no district its fingerprint. */
async function foreignRows(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
  untrusted: readonly string[],
): Promise<ForeignRow[]> {
  return db.query<ForeignRow>(detectorSql('isotope-origin-mismatch'), [
    thresholds.maxMahalanobis,
    thresholds.minTrustedLots,
    thresholds.minFailingLots,
    thresholds.pooledWeightLots,
    thresholds.linkFinenessTolerance,
    untrusted,
  ]);
}

/** The alert for a right: severity by the median distance, one level up when the gold looks foreign. */
export function foreignIsotopesAlert(
  f: ForeignIsotopes,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const abroad = f.nearestCountry !== null && f.nearestCountry !== f.country;
  const base = severityFor(f.medianDistance, rule.bands);
  const severity = escalated(base, abroad);
  const max = settings.thresholds.maxMahalanobis;
  const nearest = f.nearestDistrict ?? '?';
  const ambiguous = f.failingLots - f.expectedFailingLots > 0.05;
  const shared = {
    es: ambiguous
      ? ` (${es(f.expectedFailingLots, 1)} contando a medias los ensayos de número de lote ambiguo)`
      : '',
    en: ambiguous
      ? ` (${en(f.expectedFailingLots, 1)} counting assays of ambiguous lot numbers in part)`
      : '',
  };
  const when = `${f.period.start.slice(0, 7)}/${f.period.end.slice(0, 7)}`;
  // A thin district is too few lots to convict alone: say that its region's districts were tried too.
  const thin = {
    es: f.thin ? `, ni a esa distancia de ningún distrito bien medido de ${f.region}` : '',
    en: f.thin ? `, nor within it of any well-measured district of ${f.region}` : '',
  };
  return {
    typology: 'ISOTOPE_ORIGIN_MISMATCH',
    severity,
    score: Math.min(1, f.medianDistance / rule.bands.critical),
    country: f.country,
    period: f.period,
    subjects: [f.right, ...f.holders.filter((holder) => holder !== f.right)],
    title: {
      es: `Oro vendido como del derecho ${f.right}, en ${f.district}, con isótopos de plomo de otro distrito`,
      en: `Gold sold as from right ${f.right} in ${f.district} carries another district's lead isotopes`,
    },
    explanation: {
      es: `${String(f.failingLots)} de ${String(f.assayedLots)} lotes ensayados vendidos como del derecho ${f.right} en ${when}${shared.es} tienen razones 206/204, 207/204 y 208/204 a una distancia de Mahalanobis mediana de ${es(f.medianDistance, 1)} de los ${String(f.trustedLots)} lotes confiables de otros derechos de ${f.district} (máximo ${es(max, 1)})${thin.es}. Su huella está más cerca de ${nearest}${abroad ? ', en otro país' : ''}.`,
      en: `${String(f.failingLots)} of ${String(f.assayedLots)} assayed lots sold as from right ${f.right} in ${when}${shared.en} have 206/204, 207/204 and 208/204 ratios at a median Mahalanobis distance of ${en(f.medianDistance, 1)} from the ${String(f.trustedLots)} trusted lots of other rights in ${f.district} (maximum ${en(max, 1)})${thin.en}. Their fingerprint is closest to ${nearest}${abroad ? ', in another country' : ''}.`,
    },
    figures: {
      district: f.district,
      failingLots: f.failingLots,
      expectedFailingLots: f.expectedFailingLots,
      assayedLots: f.assayedLots,
      trustedLots: f.trustedLots,
      mahalanobisDistance: f.medianDistance,
      nearestDistrict: nearest,
    },
    evidence: f.evidence,
  };
}

/** ISOTOPE_ORIGIN_MISMATCH: lots whose lead isotopes belong to another district than their right's. */
export const isotopeOriginMismatchDetector: Detector<ThresholdName> = {
  code: 'ISOTOPE_ORIGIN_MISMATCH',
  thresholds: THRESHOLDS,
  // 1.0.1: the district follows the right in words, not in parentheses beside its "Name (ID)".
  // 1.1.0: robust pooled scatter, predictive distance, thin districts judged by their region, and a
  // second pass without the rights the first found.
  version: '1.1.0',
  async run(db, settings) {
    return (await foreignIsotopes(db, settings.thresholds)).map((f) => foreignIsotopesAlert(f, settings));
  },
};
