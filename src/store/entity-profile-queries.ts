import type { Scope } from '../access/actor.js';
import { countryCondition } from '../access/scope-sql.js';
import type { Queryable } from './database.js';
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

  /** Alerts within the scope naming one of the parties (or the entity itself), most severe first. */
  async alerts(
    db: Queryable,
    scope: Scope,
    subjects: readonly string[],
    limit: number,
  ): Promise<{ items: EntityAlertRow[]; total: number }> {
    const params: unknown[] = [subjects, limit];
    const rows = await db.query<EntityAlertRow & { total: number }>(
      `SELECT a.id, a.typology, a.severity, a.score::float8 AS score, a.country,
              to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
              a.subjects, a.title, a.first_detected_at AS "firstDetectedAt", a.last_detected_at AS "lastDetectedAt",
              count(*) OVER ()::int AS total
       FROM alert a
       WHERE a.subjects && $1::text[] AND ${countryCondition(scope, 'a.country', params)}
       ORDER BY array_position(ARRAY['critical', 'high', 'medium', 'low'], a.severity), a.score DESC, a.id
       LIMIT $2`,
      params,
    );
    // The total rides on every row; presenters pick the fields they show.
    return { items: rows, total: rows[0]?.total ?? 0 };
  },

  /** Counts of the visible records that name the parties as declarant, buyer, seller, recipient or holder. */
  async activity(db: Queryable, scope: Scope, parties: readonly string[]): Promise<EntityActivityCounts> {
    const params: unknown[] = [parties];
    const visible = (alias: string): string => countryCondition(scope, `${alias}.country`, params);
    const [row] = await db.query<EntityActivityCounts>(
      `SELECT
         (SELECT count(*) FROM production_declaration d WHERE d.declarant = ANY ($1::text[]) AND ${visible('d')})::int AS "productionDeclarations",
         (SELECT count(*) FROM customs_declaration c WHERE c.declarant = ANY ($1::text[]) AND ${visible('c')})::int AS "customsDeclarations",
         (SELECT count(*) FROM mineral_transaction t WHERE t.buyer = ANY ($1::text[]) AND ${visible('t')})::int AS purchases,
         (SELECT count(*) FROM mineral_transaction t WHERE t.seller = ANY ($1::text[]) AND ${visible('t')})::int AS sales,
         (SELECT count(*) FROM input_transaction i WHERE i.recipient = ANY ($1::text[]) AND ${visible('i')})::int AS "inputDeliveries",
         (SELECT count(*) FROM mining_right r WHERE r.holders && $1::text[] AND ${visible('r')})::int AS "miningRights"`,
      params,
    );
    return (
      row ?? {
        productionDeclarations: 0,
        customsDeclarations: 0,
        purchases: 0,
        sales: 0,
        inputDeliveries: 0,
        miningRights: 0,
      }
    );
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
