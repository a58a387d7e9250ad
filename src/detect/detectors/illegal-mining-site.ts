import type { Queryable } from '../../store/engine/database.js';
import { areaHectares } from '../../geo/area.js';
import { polygonDistanceMetres } from '../../geo/distance.js';
import { polygonsOverlap } from '../../geo/overlap.js';
import { severityFor, type AlertDraft } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en } from '../explain.js';
import {
  detections,
  indexOf,
  protectedAreas,
  rightShapes,
  shapeEvidence,
  type Detection,
  type ProtectedArea,
} from './spatial-layers.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['minConfidence', 'minAreaHa', 'rightBufferM'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A detection of mining disturbance where no right in force allows it, or inside a protected area. */
export interface IllegalSite {
  detection: Detection;
  areaHa: number;
  /** The protected areas and indigenous territories it overlaps (none when it is only outside rights). */
  areas: ProtectedArea[];
}

// A right in process covers the work on it: Peru's miners in formalisation (REINFO) work rights still
// in process, and Ecuador's granted concessions await inscription; only no right, or a lapsed one, does not.
const COVERING = new Set(['IN_FORCE', 'IN_PROCESS']);

/**
 * The detections, confident enough, that overlap a protected area or indigenous territory, or lie
 * farther than the buffer from every right in force of its own country. Outside protected land a detection must also be
 * large enough to tell mining apart; inside it no mining is legal, so every confident detection counts.
 */
export async function illegalSites(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<IllegalSite[]> {
  const minConfidence = thresholds.minConfidence;
  const minAreaHa = thresholds.minAreaHa;
  const bufferM = thresholds.rightBufferM;
  const [found, areas, rights] = await Promise.all([detections(db), protectedAreas(db), rightShapes(db)]);
  const areaIndex = indexOf(areas);
  const rightIndex = indexOf(rights.filter((right) => COVERING.has(right.legalStatus ?? '')));
  const sites: IllegalSite[] = [];
  for (const detection of found) {
    if (detection.confidence !== null && detection.confidence < minConfidence) continue;
    const areaHa = detection.areaHa ?? areaHectares(detection.polygons);
    const inside = areaIndex
      .nearPolygons(detection.polygons, 0)
      .map((item) => item.value)
      .filter((area) => polygonsOverlap(detection.polygons, area.polygons));
    if (inside.length > 0) {
      sites.push({ detection, areaHa, areas: inside });
      continue;
    }
    if (areaHa < minAreaHa) continue;
    // A right licenses only work in its own country (the detection's is set at ingest from reference
    // boundaries): a right drawn across a border must not silence another country's alerts.
    const licensed = rightIndex
      .nearPolygons(detection.polygons, bufferM)
      .some(
        (item) =>
          item.value.country !== null &&
          item.value.country === detection.country &&
          polygonDistanceMetres(detection.polygons, item.value.polygons) <= bufferM,
      );
    if (!licensed) sites.push({ detection, areaHa, areas: [] });
  }
  return sites;
}

/** The alert for an illegal site: critical inside protected land, otherwise by its area. */
export function illegalSiteAlert(site: IllegalSite, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const { detection, areaHa, areas } = site;
  const bands = settings.severity.bands;
  const day = detection.detectedOn ?? '';
  const names = areas.map((area) => area.name).join(', ');
  const where = {
    es:
      areas.length > 0
        ? `dentro de ${names} (${areas.map((area) => kindName(area, 'es')).join(', ')})`
        : 'fuera de todo derecho minero vigente o en trámite',
    en:
      areas.length > 0
        ? `inside ${names} (${areas.map((area) => kindName(area, 'en')).join(', ')})`
        : 'outside any mining right in force or in process',
  };
  const confidence = detection.confidence === null ? '' : ` ${Math.round(detection.confidence * 100)} %`;
  return {
    typology: 'ILLEGAL_MINING_SITE',
    severity: areas.length > 0 ? 'critical' : severityFor(areaHa, bands),
    score: areas.length > 0 ? 1 : Math.min(1, areaHa / bands.critical),
    // The detection's own country first: an area listed for two countries must not claim the other's work.
    country: detection.country ?? areas[0]?.country ?? null,
    period: { start: day, end: day },
    subjects: [detection.id, ...areas.map((area) => area.id)],
    // Each satellite pass is its own detection: inside protected land, the area is what the
    // detections over the months are about.
    ...(areas.length > 0
      ? {
          about: areas
            .map((area) => area.id)
            .sort()
            .join(','),
        }
      : {}),
    title: {
      es: `Perturbación minera de ${es(areaHa, 2)} ha ${where.es}`,
      en: `Mining disturbance of ${en(areaHa, 2)} ha ${where.en}`,
    },
    explanation: {
      es: `La detección satelital ${detection.id} del ${day} (${detection.source ?? 'fuente no indicada'}, confianza${confidence}) muestra ${es(areaHa, 2)} ha de perturbación minera ${where.es}.`,
      en: `Satellite detection ${detection.id} of ${day} (${detection.source ?? 'source not given'}, confidence${confidence}) shows ${en(areaHa, 2)} ha of mining disturbance ${where.en}.`,
    },
    figures: {
      areaHa,
      confidence: detection.confidence ?? '',
      protectedAreas: areas.map((area) => area.id).join(','),
    },
    evidence: [
      shapeEvidence(detection, 'satellite detection', { areaHa, detectedOn: day }),
      ...areas.map((area) =>
        shapeEvidence(area, 'protected area or territory it overlaps', { kind: area.kind }),
      ),
    ],
  };
}

function kindName(area: ProtectedArea, language: 'es' | 'en'): string {
  if (area.kind === 'PROTECTED_AREA') return language === 'es' ? 'área protegida' : 'protected area';
  return language === 'es' ? 'territorio indígena' : 'indigenous territory';
}

/** ILLEGAL_MINING_SITE: mining disturbance seen from space outside rights in force or inside protected land. */
export const illegalMiningSiteDetector: Detector<ThresholdName> = {
  code: 'ILLEGAL_MINING_SITE',
  thresholds: THRESHOLDS,
  // 1.1.0: rights and areas with untrusted boundaries license and attribute nothing; a right
  // licenses only detections of its own country, and an alert takes the detection's country first.
  version: '1.1.0',
  async run(db, settings) {
    return (await illegalSites(db, settings.thresholds)).map((site) => illegalSiteAlert(site, settings));
  },
};
