import type { Queryable } from '../engine/database.js';

export interface StoredEntity {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  identifiers: string[];
  memberCount: number;
  updatedAt: Date;
}

/** A source record of an entity with its provenance. */
export interface EntityMemberRecord {
  recordKey: string;
  layout: string;
  recordId: string;
  sourceFile: string;
  rowNumber: number;
  body: Record<string, unknown>;
}

export interface StoredLink {
  recordA: string;
  recordB: string;
  weight: number;
  probability: number;
  pattern: number;
  termFrequency: number;
  confirmedByAnalyst: boolean;
}

const ENTITY_COLUMNS = `id, kind, name, country, identifiers, member_count AS "memberCount", updated_at AS "updatedAt"`;

/** Reading resolved entities for people and the API. */
export const entityQueries = {
  async list(
    db: Queryable,
    filter: { kind?: string; minMembers?: number; limit?: number; offset?: number } = {},
  ): Promise<StoredEntity[]> {
    return db.query(
      `SELECT ${ENTITY_COLUMNS} FROM entity WHERE ($1::text IS NULL OR kind = $1) AND member_count >= $2
       ORDER BY member_count DESC, id LIMIT $3 OFFSET $4`,
      [filter.kind ?? null, filter.minMembers ?? 1, filter.limit ?? 100, filter.offset ?? 0],
    );
  },

  async count(db: Queryable): Promise<number> {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entity`);
    return row?.n ?? 0;
  },

  /** One entity by id, or the entity holding a record key or a canonical identifier. */
  async find(db: Queryable, reference: string): Promise<StoredEntity | undefined> {
    const [row] = await db.query<StoredEntity>(
      `SELECT ${ENTITY_COLUMNS} FROM entity WHERE id = $1
       UNION ALL SELECT ${ENTITY_COLUMNS} FROM entity WHERE id = (SELECT entity_id FROM entity_member WHERE record_key = $1)
       UNION ALL (SELECT ${ENTITY_COLUMNS} FROM entity WHERE identifiers @> ARRAY[$1] ORDER BY member_count DESC LIMIT 1)
       LIMIT 1`,
      [reference],
    );
    return row;
  },

  async members(db: Queryable, entityId: string): Promise<EntityMemberRecord[]> {
    return db.query(
      `SELECT m.record_key AS "recordKey", m.layout, m.record_id AS "recordId", f.name AS "sourceFile",
              p.row_number AS "rowNumber", p.body
       FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
       JOIN source_file f ON f.id = p.source_file_id
       WHERE m.entity_id = $1 ORDER BY m.record_key`,
      [entityId],
    );
  },

  async links(db: Queryable, entityId: string): Promise<StoredLink[]> {
    return db.query(
      `SELECT record_a AS "recordA", record_b AS "recordB", weight, probability, pattern,
              term_frequency AS "termFrequency", confirmed_by_analyst AS "confirmedByAnalyst"
       FROM entity_link WHERE entity_id = $1 ORDER BY weight DESC, record_a, record_b`,
      [entityId],
    );
  },

  /** Record key, entity, source file name and row of every resolved party, page by page (for evaluation). */
  async *memberProvenance(
    db: Queryable,
    pageSize = 50_000,
  ): AsyncGenerator<
    {
      recordKey: string;
      entityId: string;
      sourceFile: string;
      sha256: string;
      rowNumber: number;
      name: string;
      kind: string | null;
      country: string | null;
      raw: Record<string, unknown>;
    }[]
  > {
    let after = '';
    for (;;) {
      const rows = await db.query<{
        recordKey: string;
        entityId: string;
        sourceFile: string;
        sha256: string;
        rowNumber: number;
        name: string;
        kind: string | null;
        country: string | null;
        raw: Record<string, unknown>;
      }>(
        `SELECT m.record_key AS "recordKey", m.entity_id AS "entityId", f.name AS "sourceFile", f.sha256,
                p.row_number AS "rowNumber", p.name, p.kind, p.country, p.raw
         FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
         JOIN source_file f ON f.id = p.source_file_id
         WHERE m.record_key > $1 ORDER BY m.record_key LIMIT ${pageSize}`,
        [after],
      );
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]?.recordKey ?? after;
      if (rows.length < pageSize) return;
    }
  },
};
