import { severityAt, severityRank } from '../../core/severity.js';
import type { Queryable } from '../../store/engine/database.js';
import { coversPoint } from '../../geo/point-in-polygon.js';
import { pointToPolygonMetres } from '../../geo/distance.js';
import { type AlertDraft, type Evidence, severityFor } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { stopsOf, type Fix, type Stop } from './asset-stops.js';
import { illegalSites } from './illegal-mining-site.js';
import {
  indexOf,
  protectedAreas,
  rightShapes,
  shapeEvidence,
  type Detection,
  type ProtectedArea,
} from './spatial-layers.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = [
  'minDwellHours',
  'dwellRadiusM',
  'rightBufferM',
  'parkedGapHours',
  'detectionRadiusM',
  'siteMinConfidence',
  'siteRightBufferM',
] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** A stop of an asset away from the right it serves, in protected land or at an illegal site. */
export interface FlaggedStop {
  stop: Stop;
  /** Metres from the authorised right (null when the right has no boundary on file). */
  distanceM: number | null;
  areas: ProtectedArea[];
  sites: Detection[];
}

/** An asset's flagged stops, with whom it belongs to and which right it is authorised to serve. */
export interface Diversion {
  deviceId: string;
  assetType: string | null;
  assetRef: string | null;
  owner: string | null;
  right: string | null;
  country: string | null;
  stops: FlaggedStop[];
  rightEvidence: Evidence | undefined;
}

interface FixRow {
  id: string;
  device_id: string;
  at_ms: number;
  latitude: number;
  longitude: number;
  row_number: number;
  source_file_id: string | number;
  layout: string;
}

interface DeviceRow {
  device_id: string;
  owner: string | null;
  authorised_destination: string | null;
  asset_type: string | null;
  asset_ref: string | null;
  country: string | null;
}

/**
 * The assets whose stops lie farther than the buffer from the right they are authorised to serve,
 * inside a protected area or indigenous territory, or near a detection of illegal mining.
 */
export async function diversions(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<Diversion[]> {
  const rules = {
    dwellRadiusM: thresholds.dwellRadiusM,
    minDwellHours: thresholds.minDwellHours,
    parkedGapHours: thresholds.parkedGapHours,
  };
  const bufferM = thresholds.rightBufferM;
  const siteRadiusM = thresholds.detectionRadiusM;
  // Any confident detection outside rights marks a site: an asset stopping there corroborates it,
  // however small the clearing still is.
  const [rows, devices, files, rights, areas, sites] = await Promise.all([
    db.query<FixRow>(detectorSql('asset-fixes')),
    db.query<DeviceRow>(detectorSql('asset-devices')),
    db.query<{ id: string | number; name: string }>(detectorSql('source-files')),
    rightShapes(db),
    protectedAreas(db),
    illegalSites(db, {
      minConfidence: thresholds.siteMinConfidence,
      minAreaHa: 0,
      rightBufferM: thresholds.siteRightBufferM,
    }),
  ]);
  const rightsById = new Map(rights.map((right) => [right.id, right]));
  const areaIndex = indexOf(areas);
  const siteIndex = indexOf(sites.map((site) => site.detection));
  const found: Diversion[] = [];
  const fileNames = new Map(files.map((file) => [String(file.id), file.name]));
  const deviceOf = new Map(devices.map((device) => [device.device_id, device]));
  for (const track of tracksOf(rows, deviceOf, fileNames)) {
    const head = track[0];
    if (!head) continue;
    const right = head.authorisedDestination ? rightsById.get(head.authorisedDestination) : undefined;
    const flagged: FlaggedStop[] = [];
    for (const stop of stopsOf(track, rules)) {
      const distanceM = right ? pointToPolygonMetres(stop.position, right.polygons) : null;
      const inAreas = areaIndex
        .near(stop.position, 0)
        .map((item) => item.value)
        .filter((area) => coversPoint(area.polygons, stop.position));
      const nearSites = siteIndex
        .near(stop.position, siteRadiusM)
        .map((item) => item.value)
        .filter((site) => pointToPolygonMetres(stop.position, site.polygons) <= siteRadiusM);
      if ((distanceM ?? 0) > bufferM || inAreas.length > 0 || nearSites.length > 0)
        flagged.push({ stop, distanceM, areas: inAreas, sites: nearSites });
    }
    if (flagged.length === 0) continue;
    found.push({
      deviceId: head.deviceId,
      assetType: head.assetType,
      assetRef: head.assetRef,
      owner: head.owner,
      right: head.authorisedDestination,
      country: head.country ?? right?.country ?? null,
      stops: flagged,
      rightEvidence: right ? shapeEvidence(right, 'right the asset is authorised to serve') : undefined,
    });
  }
  return found;
}

function* tracksOf(
  rows: readonly FixRow[],
  devices: ReadonlyMap<string, DeviceRow>,
  files: ReadonlyMap<string, string>,
): Generator<Fix[]> {
  let track: Fix[] = [];
  for (const row of rows) {
    if (track.length > 0 && track[0]?.deviceId !== row.device_id) {
      yield track;
      track = [];
    }
    const device = devices.get(row.device_id);
    track.push({
      id: row.id,
      deviceId: row.device_id,
      owner: device?.owner ?? null,
      authorisedDestination: device?.authorised_destination ?? null,
      assetType: device?.asset_type ?? null,
      assetRef: device?.asset_ref ?? null,
      country: device?.country ?? null,
      at: new Date(row.at_ms),
      position: [row.longitude, row.latitude],
      layout: row.layout,
      file: files.get(String(row.source_file_id)) ?? '',
      row: row.row_number,
    });
  }
  if (track.length > 0) yield track;
}

/** The alert for an asset's diversion: by the farthest stop, at least high at an illegal site, critical in protected land. */
export function diversionAlert(diversion: Diversion, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const bands = settings.severity.bands;
  const km = Math.max(...diversion.stops.map((flagged) => (flagged.distanceM ?? 0) / 1000));
  const areas = unique(diversion.stops.flatMap((flagged) => flagged.areas));
  const sites = unique(diversion.stops.flatMap((flagged) => flagged.sites));
  let level = severityRank(severityFor(km, bands));
  if (sites.length > 0) level = Math.max(level, severityRank('high'));
  if (areas.length > 0) level = severityRank('critical');
  const days = diversion.stops.map((flagged) => isoDay(flagged.stop.to)).sort();
  const period = { start: days[0] ?? '', end: days[days.length - 1] ?? '' };
  const asset = `${diversion.deviceId}${diversion.assetRef ? ` (${diversion.assetRef})` : ''}`;
  const right = diversion.right ?? '?';
  const count = diversion.stops.length;
  const extra = {
    es: [
      sites.length > 0
        ? `a menos de 1 km de ${sites.length} detecciones de minería ilegal (${sites.map((s) => s.id).join(', ')})`
        : '',
      areas.length > 0 ? `dentro de ${areas.map((a) => a.name).join(', ')}` : '',
    ].filter(Boolean),
    en: [
      sites.length > 0
        ? `within 1 km of ${sites.length} detections of illegal mining (${sites.map((s) => s.id).join(', ')})`
        : '',
      areas.length > 0 ? `inside ${areas.map((a) => a.name).join(', ')}` : '',
    ].filter(Boolean),
  };
  return {
    typology: 'INPUT_DIVERSION',
    severity: severityAt(level),
    score: Math.min(1, Math.max(km / bands.critical, level / severityRank('critical'))),
    country: diversion.country,
    period,
    subjects: [diversion.owner, diversion.right, ...sites.map((s) => s.id), ...areas.map((a) => a.id)].filter(
      (subject): subject is string => subject !== null,
    ),
    title: {
      es: `Activo ${asset} autorizado para ${right} se detuvo ${count} veces a hasta ${es(km)} km del derecho`,
      en: `Asset ${asset} authorised for ${right} stopped ${count} times up to ${en(km)} km from the right`,
    },
    explanation: {
      es: `El activo ${asset} (${diversion.assetType ?? 'tipo no indicado'}) de ${diversion.owner ?? 'dueño no indicado'}, autorizado para el derecho ${right}, se detuvo ${count} veces entre ${period.start} y ${period.end} fuera de ese derecho, a hasta ${es(km)} km de su límite${extra.es.length > 0 ? `, ${extra.es.join(' y ')}` : ''}.`,
      en: `Asset ${asset} (${diversion.assetType ?? 'type not given'}) of ${diversion.owner ?? 'owner not given'}, authorised to serve right ${right}, stopped ${count} times between ${period.start} and ${period.end} away from that right, up to ${en(km)} km from its boundary${extra.en.length > 0 ? `, ${extra.en.join(' and ')}` : ''}.`,
    },
    figures: {
      distanceKm: km,
      stops: count,
      illegalSites: sites.length,
      protectedAreas: areas.length,
      device: diversion.deviceId,
    },
    evidence: [
      ...diversion.stops.flatMap((flagged) =>
        flagged.stop.fixes.map((fix): Evidence => ({
          table: 'asset_position',
          layout: fix.layout,
          id: fix.id,
          file: fix.file,
          row: fix.row,
          role: 'position at a stop away from the authorised right',
          values: {
            at: fix.at.toISOString(),
            longitude: fix.position[0],
            latitude: fix.position[1],
            distanceM: flagged.distanceM,
          },
        })),
      ),
      ...(diversion.rightEvidence ? [diversion.rightEvidence] : []),
      ...sites.map((site) => shapeEvidence(site, 'detection of illegal mining near a stop')),
      ...areas.map((area) => shapeEvidence(area, 'protected area or territory of a stop')),
    ],
  };
}

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** INPUT_DIVERSION: tracked tankers and machines that stop away from the right they are authorised to serve. */
export const inputDiversionDetector: Detector<ThresholdName> = {
  code: 'INPUT_DIVERSION',
  thresholds: THRESHOLDS,
  // 1.1.0: rights and areas with untrusted boundaries are left out, and illegal sites are those of
  // ILLEGAL_MINING_SITE 1.1.0.
  version: '1.1.0',
  async run(db, settings) {
    return (await diversions(db, settings.thresholds)).map((diversion) =>
      diversionAlert(diversion, settings),
    );
  },
};
