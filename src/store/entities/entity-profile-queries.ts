import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { countryCondition } from '../scope/scope-sql.js';
import { SEVERITIES_WORST_FIRST } from '../../core/severity.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../engine/database.js';
import type { StoredEntity } from './entity-queries.js';

/** A source record of an entity, with where it came from. */
export interface EntityIdentity {
  layout: string;
  recordId: string;
  file: string;
  row: number;
  batchId: number;
  /** The name as the record writes it. */
  name: string | null;
  kind: string | null;
  identifiers: string[];
  country: string | null;
}

/** An alert naming one of the entity's parties, in brief. */
export interface EntityAlertRow {
  id: string;
  typology: string;
  severity: string;
  score: number;
  country: string | null;
  periodStart: string;
  periodEnd: string;
  subjects: string[];
  title: { es: string; en: string };
  firstDetectedAt: Date;
  lastDetectedAt: Date;
}

/** How many records of each kind name the entity's parties, counting only visible ones. */
export interface EntityActivityCounts {
  productionDeclarations: number;
  customsDeclarations: number;
  purchases: number;
  sales: number;
  inputDeliveries: number;
  miningRights: number;
}

/** An entity's profile as entity-profile.sql reads it. */
export interface EntityProfileRows {
  entity: StoredEntity;
  identities: EntityIdentity[];
  alerts: { items: EntityAlertRow[]; total: number };
  activity: EntityActivityCounts;
}

interface ProfileRow extends StoredEntity {
  identities: EntityIdentity[];
  alertTotal: number;
  alerts: (Omit<EntityAlertRow, 'firstDetectedAt' | 'lastDetectedAt'> & {
    firstDetectedAt: string;
    lastDetectedAt: string;
  })[];
  activity: EntityActivityCounts;
}

const ENTITY_COLUMNS = `e.id, e.kind, e.name, e.country, e.identifiers, e.member_count AS "memberCount", e.updated_at AS "updatedAt"`;

/** An entity's profile, read through the user's scope: only the records they may see count. */
export const entityProfileQueries = {
  /** The entity, if at least one of its records is within the scope. */
  async visibleEntity(db: Queryable, scope: Scope, id: string): Promise<StoredEntity | undefined> {
    const params: unknown[] = [id];
    const [row] = await db.query<StoredEntity>(
      `SELECT ${ENTITY_COLUMNS} FROM entity e
       WHERE e.id = $1 AND EXISTS (
         SELECT 1 FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
         WHERE m.entity_id = e.id AND ${countryCondition(scope, 'p.country', params)})`,
      params,
    );
    return row;
  },

  /** The entity's records within the scope, with file, row and batch. */
  async identities(db: Queryable, scope: Scope, entityId: string): Promise<EntityIdentity[]> {
    const params: unknown[] = [entityId];
    return db.query<EntityIdentity>(
      `SELECT p.layout, p.id AS "recordId", f.name AS file, p.row_number AS row, p.batch_id AS "batchId",
              p.name, p.kind, coalesce(p.identifiers, '{}') AS identifiers, p.country
       FROM entity_member m
       JOIN party p ON p.layout = m.layout AND p.id = m.record_id
       JOIN source_file f ON f.id = p.source_file_id
       WHERE m.entity_id = $1 AND ${countryCondition(scope, 'p.country', params)}
       ORDER BY p.country NULLS LAST, p.layout, p.id`,
      params,
    );
  },

  /**
   * The whole profile in one round trip (entity-profile.sql): the entity, its visible records, the
   * visible alerts naming it (at most `alertLimit`, with the total) and counts of its activity.
   */
  async profile(
    db: Queryable,
    scope: Scope,
    id: string,
    alertLimit: number,
  ): Promise<EntityProfileRows | undefined> {
    const params: unknown[] = [id, alertLimit, SEVERITIES_WORST_FIRST];
    const [row] = await db.query<ProfileRow>(
      applyScope(sqlText('store/entities/entity-profile.sql'), scope, params),
      params,
      // Planning this statement took longer than running it.
      { prepare: true },
    );
    if (row === undefined) return undefined;
    const { identities, alerts, alertTotal, activity, ...entity } = row;
    return {
      entity,
      identities,
      alerts: {
        items: alerts.map((alert) => ({
          ...alert,
          firstDetectedAt: new Date(alert.firstDetectedAt),
          lastDetectedAt: new Date(alert.lastDetectedAt),
        })),
        total: alertTotal,
      },
      activity,
    };
  },

  /** The entity holding each of some parties (by canonical id), where one does. */
  async entitiesOf(db: Queryable, parties: readonly string[]): Promise<Map<string, string>> {
    if (parties.length === 0) return new Map();
    const rows = await db.query<{ party: string; entity: string }>(
      `SELECT record_id AS party, min(entity_id) AS entity FROM entity_member
       WHERE record_id = ANY ($1::text[]) GROUP BY record_id`,
      [parties],
    );
    return new Map(rows.map((row) => [row.party, row.entity]));
  },
};
