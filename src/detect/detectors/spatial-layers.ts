import type { Queryable } from '../../store/engine/database.js';
import { trustedForAttribution } from '../../geo/geometry-trust.js';
import { isAreaGeoJson, polygonsOf, type Polygon } from '../../geo/polygon.js';
import { SpatialIndex } from '../../geo/spatial-index.js';
import type { Evidence } from '../alert.js';
import { isoDay } from '../explain.js';
import { detectorSql } from '../sql-file.js';

/** A stored record with a boundary: where it came from, and its polygons. */
export interface Shape {
  id: string;
  country: string | null;
  polygons: Polygon[];
  table: string;
  layout: string;
  file: string;
  row: number;
}

/** A protected area or indigenous territory. */
export interface ProtectedArea extends Shape {
  kind: 'PROTECTED_AREA' | 'INDIGENOUS_TERRITORY';
  name: string;
}

/** A mining right with its legal status. */
export interface RightShape extends Shape {
  legalStatus: string | null;
}

/** A satellite detection of mining disturbance. */
export interface Detection extends Shape {
  detectedOn: string | null;
  areaHa: number | null;
  confidence: number | null;
  source: string | null;
}

interface ShapeRow {
  id: string;
  country: string | null;
  geometry: unknown;
  layout: string;
  file: string;
  row_number: number;
}

function shapeOf(table: string, row: ShapeRow): Shape | undefined {
  if (!isAreaGeoJson(row.geometry)) return undefined;
  const polygons = polygonsOf(row.geometry);
  if (polygons.length === 0) return undefined;
  return {
    id: row.id,
    country: row.country,
    polygons,
    table,
    layout: row.layout,
    file: row.file,
    row: row.row_number,
  };
}

/** The stored flags of a shape that holds places (a right, an area): whether its boundary may be trusted. */
interface FlaggedRow {
  flags: { code: string; severity?: string }[];
}

/** The protected areas and indigenous territories with a boundary trusted to say what lies in them. */
export async function protectedAreas(db: Queryable): Promise<ProtectedArea[]> {
  const rows = await db.query<ShapeRow & FlaggedRow & { kind: ProtectedArea['kind']; name: string | null }>(
    detectorSql('spatial-areas'),
  );
  return rows.flatMap((row) => {
    if (!trustedForAttribution(row.flags)) return [];
    const shape = shapeOf('geo_feature', row);
    return shape ? [{ ...shape, kind: row.kind, name: row.name ?? row.id }] : [];
  });
}

/**
 * The mining rights with a boundary, whatever their status, but for those whose boundary is not
 * trusted to say what lies in them (geo/geometry-trust.ts): a right drawn over half a continent
 * would otherwise license every detection there.
 */
export async function rightShapes(db: Queryable): Promise<RightShape[]> {
  const rows = await db.query<ShapeRow & FlaggedRow & { legal_status: string | null }>(
    detectorSql('spatial-rights'),
  );
  return rows.flatMap((row) => {
    if (!trustedForAttribution(row.flags)) return [];
    const shape = shapeOf('mining_right', row);
    return shape ? [{ ...shape, legalStatus: row.legal_status }] : [];
  });
}

/** The satellite detections with a footprint. */
export async function detections(db: Queryable): Promise<Detection[]> {
  const rows = await db.query<
    ShapeRow & {
      detected_on: Date | null;
      area_ha: string | null;
      confidence: number | null;
      source: string | null;
    }
  >(detectorSql('spatial-detections'));
  return rows.flatMap((row) => {
    const shape = shapeOf('geo_feature', row);
    if (!shape) return [];
    return [
      {
        ...shape,
        detectedOn: row.detected_on ? isoDay(row.detected_on) : null,
        areaHa: row.area_ha === null ? null : Number(row.area_ha),
        confidence: row.confidence,
        source: row.source,
      },
    ];
  });
}

/** A spatial index over shapes, each kept as its own value. */
export function indexOf<T extends Shape>(shapes: readonly T[]): SpatialIndex<T> {
  return new SpatialIndex(shapes.map((shape) => ({ polygons: shape.polygons, value: shape })));
}

/** A shape as evidence, with the figures that made it count. */
export function shapeEvidence(shape: Shape, role: string, values: Record<string, unknown> = {}): Evidence {
  return {
    table: shape.table,
    layout: shape.layout,
    id: shape.id,
    file: shape.file,
    row: shape.row,
    role,
    values,
  };
}
