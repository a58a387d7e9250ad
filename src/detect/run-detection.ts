import { builtinRulebook, type BoundRule, type Rulebook } from '@veta/standard';
import { VetaError } from '../core/veta-error.js';
import type { Database } from '../store/engine/database.js';
import { alertRepository, strandOf, type AlertToStore } from '../store/alerts/alert-repository.js';
import { RECORD_TABLES } from '../store/records/record-tables.js';
import { alertId, type AlertDraft } from './alert.js';
import type { Catalogue } from './catalogue/catalogue-schema.js';
import type { ThresholdOverrides } from './catalogue/threshold-overrides.js';
import type { Detector } from './detector.js';
import { citeRules } from './cite-rules.js';
import { catalogueFitProblems, detectorSettings } from './detector-settings.js';
import { nameSubjects } from './name-subjects.js';
import { subjectNames } from './subject-names.js';
import { assayMismatchDetector } from './detectors/assay-mismatch.js';
import { benfordAnomalyDetector } from './detectors/benford-anomaly.js';
import { capacityExceededDetector } from './detectors/capacity-exceeded.js';
import { crossBorderControlDetector } from './detectors/cross-border-control.js';
import { concentrateMisclassificationDetector } from './detectors/concentrate-misclassification.js';
import { exporterSurgeDetector } from './detectors/exporter-surge.js';
import { ghostProductionDetector } from './detectors/ghost-production.js';
import { illegalMiningSiteDetector } from './detectors/illegal-mining-site.js';
import { inactiveRightOriginDetector } from './detectors/inactive-right-origin.js';
import { inputDiversionDetector } from './detectors/input-diversion.js';
import { inputOutputMismatchDetector } from './detectors/input-output-mismatch.js';
import { inputQuotaExceededDetector } from './detectors/input-quota-exceeded.js';
import { isotopeOriginMismatchDetector } from './detectors/isotope-origin-mismatch.js';
import { mirrorTradeGapDetector } from './detectors/mirror-trade-gap.js';
import { nomineeNetworkDetector } from './detectors/nominee-network.js';
import { productionExportGapDetector } from './detectors/production-export-gap.js';
import { regulatoryArbitrageDetector } from './detectors/regulatory-arbitrage.js';
import { shellCompanyDetector } from './detectors/shell-company.js';
import { structuringDetector } from './detectors/structuring.js';
import { subsistenceCapExceededDetector } from './detectors/subsistence-cap-exceeded.js';
import { traderMassBalanceDetector } from './detectors/trader-mass-balance.js';
import { underValuationDetector } from './detectors/under-valuation.js';

/** The detectors that exist so far; the catalogue lists every typology, planned or active. */
export const DETECTORS: readonly Detector[] = [
  mirrorTradeGapDetector,
  subsistenceCapExceededDetector,
  nomineeNetworkDetector,
  shellCompanyDetector,
  productionExportGapDetector,
  traderMassBalanceDetector,
  exporterSurgeDetector,
  ghostProductionDetector,
  capacityExceededDetector,
  inactiveRightOriginDetector,
  structuringDetector,
  benfordAnomalyDetector,
  inputQuotaExceededDetector,
  illegalMiningSiteDetector,
  inputDiversionDetector,
  inputOutputMismatchDetector,
  crossBorderControlDetector,
  underValuationDetector,
  assayMismatchDetector,
  concentrateMisclassificationDetector,
  isotopeOriginMismatchDetector,
  regulatoryArbitrageDetector,
];

export interface DetectionOptions {
  catalogue: Catalogue;
  /** The rules the countries' law sets (the standard's rulebook when not given). */
  rulebook?: Rulebook | undefined;
  /** Thresholds a country sets for itself (in the rulebook): its alerts are raised under them. */
  overrides?: ThresholdOverrides | undefined;
  /** The rules in force those thresholds take their values from: the alerts raised under them cite them. */
  rules?: readonly BoundRule[] | undefined;
  only?: readonly string[] | undefined;
  country?: string | undefined;
  /** Keep only alerts whose period overlaps these days (ISO, inclusive). */
  window?: { from: string; to: string } | undefined;
  onDetector?: (code: string, index: number, count: number) => void;
}

/** What one detector did in a run. */
export interface DetectorRun {
  code: string;
  version: string;
  alerts: number;
  created: number;
  updated: number;
  durationMs: number;
}

/** Runs the detectors and stores their alerts under stable ids: running again updates, never duplicates. */
export async function runDetection(db: Database, options: DetectionOptions): Promise<DetectorRun[]> {
  const detectors = chosen(options.only);
  const problems = catalogueFitProblems(detectors, options.catalogue);
  if (problems.length > 0)
    throw new VetaError(
      'CATALOGUE_INVALID',
      `The typology catalogue does not fit the detectors: ${problems.join('; ')}. Fix the catalogue and run again.`,
    );
  // Bulk loads leave the planner's statistics behind: without them it takes a million purchases
  // for a few thousand and picks nested loops. They also leave, until autovacuum comes (never, where
  // it is off), GIN indexes with unmerged pending lists that every search scans, and no visibility
  // map, so every index-only count visits the table: the API's entity profile cost PostgreSQL
  // 1.7 ms a request before a vacuum and 0.7 ms after. On the medium region this takes 3-6 s.
  await db.exec(
    `VACUUM (ANALYZE) ${Object.values(RECORD_TABLES)
      .map((entry) => entry.table)
      .join(', ')}`,
  );
  const runs: DetectorRun[] = [];
  for (const [index, detector] of detectors.entries()) {
    options.onDetector?.(detector.code, index, detectors.length);
    const started = performance.now();
    const alerts = await detectorAlerts(db, detector, options);
    const { created, updated } = await db.transaction((tx) => alertRepository.upsert(tx, alerts));
    runs.push({
      code: detector.code,
      version: detector.version,
      alerts: alerts.length,
      created,
      updated,
      durationMs: Math.round(performance.now() - started),
    });
  }
  return runs;
}

/**
 * A detector's alerts as runDetection stores them, without storing them: for the views that ask
 * what a rulebook would raise ("what if", rules/strictest-what-if.ts).
 */
export async function detectorAlerts(
  db: Database,
  detector: Detector,
  options: DetectionOptions,
): Promise<AlertToStore[]> {
  const drafts = (await draftsOf(db, detector, options)).filter(
    (draft) => (!options.country || draft.country === options.country) && overlaps(draft, options.window),
  );
  const gap = episodeGapMonths(options.catalogue, detector.code);
  const alerts = distinct(
    drafts.map((draft) => stored(draft, detector.version, options.catalogue.version, gap)),
  );
  // Named here, outside the detectors, so a subject's name never moves an alert's id or a detector's version.
  const names = await subjectNames(db, new Set(alerts.flatMap((alert) => alert.subjects)));
  return alerts.map((alert) => nameSubjects(alert, names));
}

/**
 * A detector's alerts, each country's raised under its own thresholds: one run under the
 * catalogue's for the countries that set none for this typology, and one more for each country
 * that does, of which only that country's alerts are kept.
 */
async function draftsOf(db: Database, detector: Detector, options: DetectionOptions): Promise<AlertDraft[]> {
  const { catalogue, overrides, country } = options;
  const tuned = Object.keys(overrides ?? {}).filter(
    (candidate) =>
      overrides?.[candidate]?.[detector.code] !== undefined &&
      (country === undefined || candidate === country),
  );
  const rulebook = options.rulebook ?? builtinRulebook();
  const under = (owner?: string): Promise<AlertDraft[]> =>
    detector.run(db, detectorSettings(detector, catalogue, rulebook, owner, overrides));
  const drafts =
    country !== undefined && tuned.includes(country)
      ? []
      : (await under()).filter((draft) => draft.country === null || !tuned.includes(draft.country));
  for (const owner of tuned) {
    const rules = (options.rules ?? []).filter(
      (rule) => rule.country === owner && rule.typology === detector.code,
    );
    for (const draft of await under(owner)) if (draft.country === owner) drafts.push(citeRules(draft, rules));
  }
  return drafts;
}

function overlaps(draft: AlertDraft, window: DetectionOptions['window']): boolean {
  return !window || (draft.period.start <= window.to && draft.period.end >= window.from);
}

function chosen(only: readonly string[] | undefined): readonly Detector[] {
  if (!only || only.length === 0) return DETECTORS;
  const unknown = only.filter((code) => !DETECTORS.some((detector) => detector.code === code));
  if (unknown.length > 0) {
    throw new VetaError(
      'USAGE',
      `No detector for ${unknown.join(', ')}. Detectors so far: ${DETECTORS.map((d) => d.code).join(', ')}; docs/typologies.md lists the catalogue.`,
    );
  }
  return DETECTORS.filter((detector) => only.includes(detector.code));
}

function stored(
  draft: AlertDraft,
  version: string,
  catalogueVersion: string,
  episodeGap: number,
): AlertToStore {
  const qualifier = draft.qualifier ?? String(draft.figures.hsCode ?? '');
  const { about, ...rest } = draft;
  return {
    ...rest,
    id: alertId(draft.typology, draft.subjects, draft.period, qualifier),
    qualifier,
    strand: strandOf(qualifier, draft.subjects, about),
    episodeGapMonths: episodeGap,
    detectorVersion: version,
    catalogueVersion,
  };
}

/** Months without an alert an episode of this typology may span: its own, else the catalogue's. */
function episodeGapMonths(catalogue: Catalogue, code: string): number {
  return (
    catalogue.typologies.find((typology) => typology.code === code)?.episodeGapMonths ??
    catalogue.episodeGapMonths
  );
}

/** One alert per id: when two comparisons fall on one id (two indicators of one pair), the stronger stays. */
function distinct(alerts: readonly AlertToStore[]): AlertToStore[] {
  const byId = new Map<string, AlertToStore>();
  for (const alert of alerts) {
    const known = byId.get(alert.id);
    if (!known || alert.score > known.score) byId.set(alert.id, alert);
  }
  return [...byId.values()];
}
