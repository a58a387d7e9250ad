import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../engine/database.js';

/** [west, south, east, north] in WGS84 degrees. */
export type BoundingBox = readonly [number, number, number, number];

/** A holder of a right: its canonical id, a visible name, and the entity that holds the party. */
export interface RightHolder {
  id: string;
  name: string | null;
  entity: string | null;
}

/** A mining right as the map shows it. */
export interface RightRow {
  id: string;
  code: string;
  name: string | null;
  country: string | null;
  layout: string;
  status: string | null;
  statusNational: string | null;
  kind: string | null;
  hectares: number | null;
  geometry: unknown;
  flags: string[];
  holders: RightHolder[];
  alerts: number;
}

/** A right in full: what the map shows, its provenance, dates and authorised capacity. */
export interface RightDetailRow extends RightRow {
  file: string;
  row: number;
  grantedOn: string | null;
  expiresOn: string | null;
  adminArea: Record<string, unknown> | null;
  capacity: { value: number; unit: string; period: string; metal?: string } | null;
  capacityKgPerMonth: number | null;
}

/** One month of a right: declared production, purchases naming it, capacity. */
export interface RightMonth {
  month: string;
  declaredKg: number | null;
  declaredIsFine: boolean | null;
  purchasedFineKg: number | null;
  purchases: number;
  capacityKg: number | null;
}

/** Controlled inputs delivered for a right in one month. */
export interface RightInputMonth {
  month: string;
  input: string;
  unit: string | null;
  quantity: number;
  deliveries: number;
  recipients: string[];
}

/** Mining rights, read through the user's scope. */
export const rightQueries = {
  /** Rights in a country and/or a map window, and how many there are before the limit. */
  async list(
    db: Queryable,
    scope: Scope,
    filter: { country?: string | undefined; bbox?: BoundingBox | undefined; limit: number },
  ): Promise<{ items: RightRow[]; total: number }> {
    const params: unknown[] = [filter.country ?? null, filter.bbox ?? null, filter.limit, null];
    const rows = await db.query<RightRow & { total: number }>(
      applyScope(sqlText('store/rights/right-list.sql'), scope, params),
      params,
    );
    // The total rides on every row; presenters pick the fields they show.
    return { items: rows, total: rows[0]?.total ?? 0 };
  },

  /** One right within the scope: what the map shows, with provenance, dates and capacity. */
  async find(db: Queryable, scope: Scope, id: string): Promise<RightDetailRow | undefined> {
    const listParams: unknown[] = [null, null, 1, id];
    const [listed] = await db.query<RightRow>(
      applyScope(sqlText('store/rights/right-list.sql'), scope, listParams),
      listParams,
    );
    if (listed === undefined) return undefined;
    const [detail] = await db.query<Omit<RightDetailRow, keyof RightRow>>(
      `SELECT f.name AS file, r.row_number AS row, r.body ->> 'grantedOn' AS "grantedOn",
              r.body ->> 'expiresOn' AS "expiresOn", r.body -> 'adminArea' AS "adminArea",
              r.body -> 'authorisedCapacity' AS capacity,
              capacity_kg_per_month(r.body -> 'authorisedCapacity')::float8 AS "capacityKgPerMonth"
       FROM mining_right r JOIN source_file f ON f.id = r.source_file_id
       WHERE r.id = $1 AND r.layout = $2`,
      [listed.id, listed.layout],
    );
    return detail === undefined ? undefined : { ...listed, ...detail };
  },

  /** Declared production, purchases naming the right as origin, and capacity, by month. */
  async months(db: Queryable, scope: Scope, id: string, metal: string): Promise<RightMonth[]> {
    const params: unknown[] = [id, metal];
    return db.query<RightMonth>(applyScope(sqlText('store/rights/right-months.sql'), scope, params), params);
  },

  /** Controlled inputs delivered for the right, by month. */
  async inputs(db: Queryable, scope: Scope, id: string): Promise<RightInputMonth[]> {
    const params: unknown[] = [id];
    return db.query<RightInputMonth>(
      applyScope(sqlText('store/rights/right-inputs.sql'), scope, params),
      params,
    );
  },
};
