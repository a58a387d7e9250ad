import type { Queryable } from '../engine/database.js';

/** What entity resolution reads of one stored party. */
export interface PartyForResolution {
  layout: string;
  id: string;
  kind: string;
  name: string;
  identifiers: string[];
  country: string | null;
  given: string | null;
  paternal: string | null;
  maternal: string | null;
  date: string | null;
  addresses: string[];
  roles: string[];
  /** Schemes (RUC, NIT...) whose check digit failed at ingestion, from the record's flags. */
  failedSchemes: string[];
  /** At a hub: the person's record encoding (CLK, base64url) a node shared beside or instead of the name. */
  encoding: string | null;
  /** At a hub: the CLK of the person's names (base64url) and their birth date as a keyed token. */
  nameEncoding: string | null;
  birthToken: string | null;
  /** The linkage key id the encodings were made under. */
  encodingKeyId: string | null;
  /** At a hub: the tokens of the documents of a person shared in the clear, to meet them pseudonymised. */
  documentTokens: string[];
}

export interface EntityToStore {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  identifiers: string[];
  memberCount: number;
}

export interface MemberToStore {
  recordKey: string;
  layout: string;
  recordId: string;
  entityId: string;
}

/** A blocking key of a record: [key, record key]. */
export type BlockKeyToStore = readonly [string, string];

export interface LinkToStore {
  entityId: string;
  recordA: string;
  recordB: string;
  weight: number;
  probability: number;
  pattern: number;
  termFrequency: number;
  /** An analyst confirmed the pair; the figures are then fixed ones (resolve/entity-link.ts). */
  confirmedByAnalyst: boolean;
}

export interface Judgement {
  recordA: string;
  recordB: string;
  verdict: 'CONFIRM' | 'REJECT';
  note: string | null;
  judgedAt: Date;
}

const PARTY_COLUMNS = `p.layout, p.id, coalesce(p.kind, 'ORGANISATION') AS kind, p.name, coalesce(p.identifiers, '{}') AS identifiers,
  p.country, p.body #>> '{personName,givenNames}' AS given, p.body #>> '{personName,paternalSurname}' AS paternal,
  p.body #>> '{personName,maternalSurname}' AS maternal, coalesce(p.body->>'birthDate', p.body->>'foundingDate') AS date,
  ARRAY(SELECT concat_ws(' ', a->>'address', a->>'locality', a->>'region')
        FROM jsonb_array_elements(coalesce(p.body->'addresses', '[]')) AS a) AS addresses,
  ARRAY(SELECT jsonb_array_elements_text(coalesce(p.body->'roles', '[]'))) AS roles,
  ARRAY(SELECT DISTINCT substring(f->>'code' from '^([A-Z]+)_CHECK_DIGIT$') FROM jsonb_array_elements(p.flags) AS f
        WHERE f->>'code' ~ '^[A-Z]+_CHECK_DIGIT$' AND f->>'severity' = 'ERROR') AS "failedSchemes",
  p.body #>> '{linkage,record}' AS encoding, p.body #>> '{linkage,clk}' AS "nameEncoding",
  p.body #>> '{linkage,born}' AS "birthToken", p.body #>> '{linkage,keyId}' AS "encodingKeyId",
  ARRAY(SELECT jsonb_array_elements_text(coalesce(p.body #> '{linkage,tokens}', '[]'))) AS "documentTokens"`;

/** A PostgreSQL text[] literal, for COPY. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** Storage of resolved entities, their members and links, runs and analyst judgements. */
export const entityRepository = {
  /** Every stored party, a page at a time in key order, so memory holds one page of rows. */
  async *parties(db: Queryable, pageSize = 20_000): AsyncGenerator<PartyForResolution[]> {
    let after: [string, string] = ['', ''];
    for (;;) {
      const rows = await db.query<PartyForResolution>(
        `SELECT ${PARTY_COLUMNS} FROM party p WHERE (p.layout, p.id) > ($1, $2)
         ORDER BY p.layout, p.id LIMIT ${pageSize}`,
        after,
      );
      if (rows.length === 0) return;
      yield rows;
      const last = rows[rows.length - 1];
      if (!last || rows.length < pageSize) return;
      after = [last.layout, last.id];
    }
  },

  /** Parties no entity holds yet: the batch an incremental run resolves. */
  async unresolvedParties(db: Queryable): Promise<PartyForResolution[]> {
    return db.query<PartyForResolution>(
      `SELECT ${PARTY_COLUMNS} FROM party p
       WHERE NOT EXISTS (SELECT 1 FROM entity_member m WHERE m.record_key = p.layout || '/' || p.id)
       ORDER BY p.layout, p.id`,
    );
  },

  /** Parties by record key (LAYOUT/ID). */
  async partiesByKey(db: Queryable, keys: readonly string[]): Promise<PartyForResolution[]> {
    if (keys.length === 0) return [];
    const layouts = keys.map((key) => key.slice(0, key.indexOf('/')));
    const ids = keys.map((key) => key.slice(key.indexOf('/') + 1));
    return db.query<PartyForResolution>(
      `SELECT ${PARTY_COLUMNS} FROM unnest($1::text[], $2::text[]) AS k(layout, id)
       JOIN party p ON p.layout = k.layout AND p.id = k.id ORDER BY p.layout, p.id`,
      [layouts, ids],
    );
  },

  /** Members of existing entities that share a blocking key with the given ones. */
  async membersSharingKeys(
    db: Queryable,
    keys: readonly string[],
  ): Promise<{ blockKey: string; recordKey: string; entityId: string }[]> {
    if (keys.length === 0) return [];
    return db.query(
      `SELECT k.block_key AS "blockKey", k.record_key AS "recordKey", m.entity_id AS "entityId"
       FROM unnest($1::text[]) AS q(block_key) JOIN entity_block_key k ON k.block_key = q.block_key
       JOIN entity_member m ON m.record_key = k.record_key`,
      [keys],
    );
  },

  /** The entity of every resolved record, page by page. */
  async *assignments(
    db: Queryable,
    pageSize = 100_000,
  ): AsyncGenerator<{ recordKey: string; entityId: string }[]> {
    let after = '';
    for (;;) {
      const rows = await db.query<{ recordKey: string; entityId: string }>(
        `SELECT record_key AS "recordKey", entity_id AS "entityId" FROM entity_member
         WHERE record_key > $1 ORDER BY record_key LIMIT ${pageSize}`,
        [after],
      );
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]?.recordKey ?? after;
      if (rows.length < pageSize) return;
    }
  },

  async startRun(db: Queryable, mode: 'full' | 'incremental'): Promise<number> {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO resolution_run (mode) VALUES ($1) RETURNING id`,
      [mode],
    );
    return row?.id ?? 0;
  },

  async finishRun(
    db: Queryable,
    runId: number,
    figures: { records: number; candidatePairs: number; links: number; entities: number; model: unknown },
  ): Promise<void> {
    await db.query(
      `UPDATE resolution_run SET finished_at = now(), records = $2, candidate_pairs = $3, links = $4, entities = $5,
       model = $6::jsonb WHERE id = $1`,
      [
        runId,
        figures.records,
        figures.candidatePairs,
        figures.links,
        figures.entities,
        JSON.stringify(figures.model),
      ],
    );
  },

  /** The model of the latest finished full run, if any. */
  async latestModel(db: Queryable): Promise<unknown> {
    const [row] = await db.query<{ model: unknown }>(
      `SELECT model FROM resolution_run WHERE mode = 'full' AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`,
    );
    return row?.model;
  },

  /** Replaces every entity, member and link (a full run). */
  async replaceAll(
    tx: Queryable,
    runId: number,
    entities: Iterable<EntityToStore>,
    members: Iterable<MemberToStore>,
    blockKeys: Iterable<BlockKeyToStore>,
    links: Iterable<LinkToStore>,
  ): Promise<void> {
    await tx.exec('TRUNCATE entity_link, entity_block_key, entity_member, entity');
    // Loading a million keys is faster into a bare table, indexed once at the end.
    await tx.exec('DROP INDEX entity_block_key_idx');
    await this.insert(tx, runId, entities, members, blockKeys, links);
    await tx.exec('CREATE INDEX entity_block_key_idx ON entity_block_key (block_key)');
  },

  /** Adds entities, members and links (COPY, streamed). */
  async insert(
    tx: Queryable,
    runId: number,
    entities: Iterable<EntityToStore>,
    members: Iterable<MemberToStore>,
    blockKeys: Iterable<BlockKeyToStore>,
    links: Iterable<LinkToStore>,
  ): Promise<void> {
    await tx.copyRows(
      'entity',
      ['id', 'kind', 'name', 'country', 'identifiers', 'member_count', 'run_id'],
      map(entities, (e) => [
        e.id,
        e.kind,
        e.name,
        e.country,
        textArrayLiteral(e.identifiers),
        e.memberCount,
        runId,
      ]),
    );
    await tx.copyRows(
      'entity_member',
      ['record_key', 'layout', 'record_id', 'entity_id'],
      map(members, (m) => [m.recordKey, m.layout, m.recordId, m.entityId]),
    );
    await tx.copyRows('entity_block_key', ['block_key', 'record_key'], blockKeys);
    await tx.copyRows(
      'entity_link',
      [
        'entity_id',
        'record_a',
        'record_b',
        'weight',
        'probability',
        'pattern',
        'term_frequency',
        'confirmed_by_analyst',
      ],
      map(links, (l) => [
        l.entityId,
        l.recordA,
        l.recordB,
        l.weight,
        l.probability,
        l.pattern,
        l.termFrequency,
        l.confirmedByAnalyst,
      ]),
    );
  },

  /** Moves the members and links of an entity merged into another, and drops it. */
  async absorb(tx: Queryable, moves: readonly { from: string; to: string }[]): Promise<void> {
    for (const { from, to } of moves) {
      await tx.query(`UPDATE entity_member SET entity_id = $2 WHERE entity_id = $1`, [from, to]);
      await tx.query(`UPDATE entity_link SET entity_id = $2 WHERE entity_id = $1`, [from, to]);
      await tx.query(`DELETE FROM entity WHERE id = $1`, [from]);
    }
  },

  /** Recounts the members and gathers the identifiers of entities that gained records. */
  async refresh(tx: Queryable, runId: number, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `UPDATE entity e SET member_count = (SELECT count(*) FROM entity_member m WHERE m.entity_id = e.id),
         identifiers = ARRAY(SELECT DISTINCT i FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id,
                              unnest(p.identifiers) AS i WHERE m.entity_id = e.id ORDER BY i),
         run_id = $2, updated_at = now()
       WHERE e.id = ANY($1::text[])`,
      [ids, runId],
    );
  },

  async judgements(db: Queryable): Promise<Judgement[]> {
    return db.query(
      `SELECT record_a AS "recordA", record_b AS "recordB", verdict, note, judged_at AS "judgedAt"
       FROM link_judgement ORDER BY judged_at, record_a, record_b`,
    );
  },

  /** Records an analyst's verdict on a pair; a later verdict on the same pair replaces it. */
  async judge(
    db: Queryable,
    recordA: string,
    recordB: string,
    verdict: 'CONFIRM' | 'REJECT',
    note: string | null,
  ): Promise<void> {
    const [a, b] = recordA < recordB ? [recordA, recordB] : [recordB, recordA];
    await db.query(
      `INSERT INTO link_judgement (record_a, record_b, verdict, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (record_a, record_b) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, judged_at = now()`,
      [a, b, verdict, note],
    );
  },
};

function* map<T>(items: Iterable<T>, row: (item: T) => unknown[]): Generator<unknown[]> {
  for (const item of items) yield row(item);
}
