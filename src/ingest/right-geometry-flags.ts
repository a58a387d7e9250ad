import type { Queryable } from '../store/engine/database.js';
import type { FileReport } from './pipeline/file-report.js';
import { isAreaGeoJson, polygonsOf } from '../geo/polygon.js';
import { RIGHT_GEOMETRY_FLAGS, rightGeometryFlags, type RightGeometry } from '../geo/right-quality.js';

interface RightRow {
  layout: string;
  id: string;
  area_ha: string | null;
  legal_status: string | null;
  geometry: unknown;
}

/** What a run of the geometry checks found. */
export interface RightGeometryReport {
  rights: number;
  flagged: number;
  byCode: Record<string, number>;
}

/**
 * True when a load stored mining rights, so the boundary checks over the store must run again: after
 * `veta ingest`, the demo and every upload through the API alike.
 */
export function broughtMiningRights(report: FileReport): boolean {
  return report.status === 'loaded' && (report.recordsByType.MiningRight ?? 0) > 0;
}

/**
 * Flags the stored mining rights' boundaries (area against the declared hectares, overlap between
 * rights in force or in process) after a load: the checks need every right at once, so they run
 * over the store rather than row by row. A new run replaces the flags of an earlier one.
 */
export async function flagRightGeometries(db: Queryable, areaTolerance = 0.05): Promise<RightGeometryReport> {
  const rows = await db.query<RightRow>(
    `SELECT layout, id, area_ha, legal_status, body -> 'geometry' AS geometry
     FROM mining_right WHERE body ? 'geometry'`,
  );
  const rights: (RightGeometry & { layout: string })[] = rows.flatMap((row) =>
    isAreaGeoJson(row.geometry)
      ? [
          {
            layout: row.layout,
            id: row.id,
            polygons: polygonsOf(row.geometry),
            declaredHa: row.area_ha === null ? null : Number(row.area_ha),
            active: row.legal_status === 'IN_FORCE' || row.legal_status === 'IN_PROCESS',
          },
        ]
      : [],
  );
  const flags = rightGeometryFlags(rights, areaTolerance);
  const updates = rights.map((right) => ({
    layout: right.layout,
    id: right.id,
    flags: flags.get(right.id) ?? [],
  }));
  await db.query(
    `UPDATE mining_right m
     SET flags = (SELECT coalesce(jsonb_agg(f), '[]'::jsonb) FROM jsonb_array_elements(m.flags) AS f
                  WHERE NOT (f ->> 'code' = ANY($2::text[]))) || x.flags
     FROM jsonb_to_recordset($1::jsonb) AS x(layout text, id text, flags jsonb)
     WHERE m.layout = x.layout AND m.id = x.id`,
    [JSON.stringify(updates), RIGHT_GEOMETRY_FLAGS],
  );
  const byCode: Record<string, number> = {};
  for (const update of updates)
    for (const flag of update.flags) byCode[flag.code] = (byCode[flag.code] ?? 0) + 1;
  return {
    rights: rights.length,
    flagged: updates.filter((update) => update.flags.length > 0).length,
    byCode,
  };
}
