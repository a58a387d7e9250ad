import type { Static } from 'typebox';
import { representativePoint } from '../../geo/centre-within.js';
import type { AreaRow, DetectionRow } from '../../store/geo/geo-feature-queries.js';
import type { BalanceFlow, BalanceRow } from '../../store/reconciliation/reconciliation-queries.js';
import type {
  RightDetailRow,
  RightInputMonth,
  RightMonth,
  RightRow,
} from '../../store/rights/right-queries.js';
import type { Geometry } from '../schemas/geojson.js';
import type {
  AreasCollection,
  DetectionsCollection,
  ReconciliationPage,
  RightDetail,
  RightProperties,
  RightsCollection,
} from '../schemas/geography-schemas.js';

type GeometryDto = Static<typeof Geometry>;

/** A stored geometry as GeoJSON, or null when the record has none. */
function geometryOf(value: unknown): GeometryDto | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if ((type === 'Point' || type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates)) {
    return { type, coordinates: coordinates as unknown[] };
  }
  return null;
}

function rightProperties(row: RightRow): Static<typeof RightProperties> {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    country: row.country,
    status: row.status,
    statusNational: row.statusNational,
    kind: row.kind,
    hectares: row.hectares,
    flags: row.flags,
    holders: row.holders,
    alerts: row.alerts,
  };
}

/** Rights as a GeoJSON FeatureCollection. */
export function presentRights(page: {
  items: readonly RightRow[];
  total: number;
}): Static<typeof RightsCollection> {
  return {
    type: 'FeatureCollection',
    features: page.items.map((row) => ({
      type: 'Feature',
      id: row.id,
      geometry: geometryOf(row.geometry),
      properties: rightProperties(row),
    })),
    total: page.total,
    truncated: page.total > page.items.length,
  };
}

function detectionProperties(
  row: DetectionRow,
): Static<typeof DetectionsCollection>['features'][number]['properties'] {
  return {
    id: row.id,
    detectedOn: row.detectedOn,
    areaHa: row.areaHa,
    confidence: row.confidence,
    source: row.source,
    countries: row.countries,
    layout: row.layout,
    file: row.file,
    row: row.row,
  };
}

/** A right in full: boundary, holders, capacity, and its months, inputs and detections. */
export function presentRightDetail(
  right: RightDetailRow,
  months: readonly RightMonth[],
  inputs: readonly RightInputMonth[],
  detections: readonly DetectionRow[],
): Static<typeof RightDetail> {
  return {
    ...rightProperties(right),
    geometry: geometryOf(right.geometry),
    layout: right.layout,
    file: right.file,
    row: right.row,
    grantedOn: right.grantedOn,
    expiresOn: right.expiresOn,
    adminArea: right.adminArea,
    capacity:
      right.capacity === null
        ? null
        : { ...right.capacity, metal: right.capacity.metal ?? null, kgPerMonth: right.capacityKgPerMonth },
    months: [...months],
    inputs: [...inputs],
    detections: detections.flatMap((row) => {
      const point = representativePoint(row.geometry);
      return point === null ? [] : [{ ...detectionProperties(row), point: [...point] }];
    }),
  };
}

/** Detections as GeoJSON points at the centre of their footprints. */
export function presentDetections(page: {
  items: readonly DetectionRow[];
  total: number;
}): Static<typeof DetectionsCollection> {
  return {
    type: 'FeatureCollection',
    features: page.items.flatMap((row) => {
      const point = representativePoint(row.geometry);
      if (point === null) return [];
      return [
        {
          type: 'Feature' as const,
          id: row.id,
          geometry: { type: 'Point' as const, coordinates: [...point] },
          properties: detectionProperties(row),
        },
      ];
    }),
    total: page.total,
    truncated: page.total > page.items.length,
  };
}

/** Protected areas and indigenous territories as a GeoJSON FeatureCollection. */
export function presentAreas(rows: readonly AreaRow[]): Static<typeof AreasCollection> {
  return {
    type: 'FeatureCollection',
    features: rows.map(({ geometry, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: geometryOf(geometry),
      properties,
    })),
    total: rows.length,
    truncated: false,
  };
}

type Figure = { fineKg: number; usd: number | null; usdBasis: string | null };
type BalanceItem = Static<typeof ReconciliationPage>['items'][number];

function figureOf(row: BalanceRow | undefined): Figure {
  if (row === undefined) return { fineKg: 0, usd: 0, usdBasis: null };
  const basis = row.atReference === 0 ? 'declared' : row.atReference === row.records ? 'reference' : 'mixed';
  return {
    fineKg: Math.round((row.fineKg ?? 0) * 1e6) / 1e6,
    usd: row.usd === null ? null : Math.round(row.usd * 100) / 100,
    usdBasis: basis,
  };
}

/** The balance's flows pivoted into one row per country and month (a flow with no record is zero). */
export function presentBalance(rows: readonly BalanceRow[]): BalanceItem[] {
  const byKey = new Map<string, Map<BalanceFlow, BalanceRow>>();
  for (const row of rows) {
    const key = `${row.country}|${row.month}`;
    const flows = byKey.get(key) ?? new Map<BalanceFlow, BalanceRow>();
    flows.set(row.flow, row);
    byKey.set(key, flows);
  }
  return [...byKey].map(([key, flows]) => {
    const [country = '', month = ''] = key.split('|');
    return {
      country,
      month,
      production: figureOf(flows.get('production')),
      purchases: figureOf(flows.get('purchases')),
      exports: figureOf(flows.get('exports')),
      partnerImports: figureOf(flows.get('partnerImports')),
    };
  });
}
