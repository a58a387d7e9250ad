import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../engine/database.js';
import type { BoundingBox } from '../rights/right-queries.js';

/** A satellite detection with its footprint and source. */
export interface DetectionRow {
  id: string;
  detectedOn: string | null;
  areaHa: number | null;
  confidence: number | null;
  source: string | null;
  geometry: unknown;
  layout: string;
  file: string;
  row: number;
  countries: string[];
}

/** A protected area or indigenous territory. */
export interface AreaRow {
  id: string;
  kind: string;
  name: string | null;
  designation: string | null;
  countries: string[];
  areaHa: number | null;
  geometry: unknown;
  layout: string;
  file: string;
  row: number;
}

/** Satellite detections and protected areas, read through the user's scope. */
export const geoFeatureQueries = {
  /** Satellite detections meeting a box between two days, newest first. */
  async detections(
    db: Queryable,
    scope: Scope,
    filter: {
      bbox?: BoundingBox | undefined;
      from?: string | undefined;
      to?: string | undefined;
      limit: number;
    },
  ): Promise<{ items: DetectionRow[]; total: number }> {
    const params: unknown[] = [filter.bbox ?? null, filter.from ?? null, filter.to ?? null, filter.limit];
    const rows = await db.query<DetectionRow & { total: number }>(
      applyScope(sqlText('store/geo/detections.sql'), scope, params),
      params,
    );
    // The total rides on every row; presenters pick the fields they show.
    return { items: rows, total: rows[0]?.total ?? 0 };
  },

  /** Every protected area and indigenous territory of a country in scope. */
  async protectedAreas(db: Queryable, scope: Scope): Promise<AreaRow[]> {
    const params: unknown[] = [];
    return db.query<AreaRow>(applyScope(sqlText('store/geo/protected-areas.sql'), scope, params), params);
  },
};
