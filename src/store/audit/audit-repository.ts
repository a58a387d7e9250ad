import type { Scope } from '../scope/scope.js';
import { countriesCondition } from '../scope/scope-sql.js';
import type { Queryable } from '../engine/database.js';

/** One entry of the audit trail as stored, hashes included. */
export interface StoredAuditEvent {
  id: number;
  /** When, exactly as stored: UTC ISO 8601 to the microsecond. */
  at: string;
  /**
   * The countries the entry concerns (see audit-countries.ts); empty for none in particular. Null for
   * entries written before entries recorded them: those are shown to regional readers only.
   */
  countries: string[] | null;
  actorId: string | null;
  actorUsername: string;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

interface AuditRow {
  id: number;
  at: string;
  countries: string[] | null;
  actor_id: string | null;
  actor_username: string;
  action: string;
  subject_kind: string;
  subject_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const FIELDS =
  'countries, actor_id, actor_username, action, subject_kind, subject_id, details, prev_hash, hash';
const COLUMNS = `id, at, ${FIELDS}`;
// The time read as text to the microsecond, as it is hashed: a Date would drop the last three digits.
const READ_COLUMNS = `id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, ${FIELDS}`;

// Every appender takes this lock for the rest of its transaction, so entries join the chain one at a time.
const CHAIN_LOCK = `SELECT pg_advisory_xact_lock(hashtext('veta.audit_event'))`;

// Every read the API audits appends through these statements: each is kept planned.
const APPENDING = { prepare: true };

/** Storage of the audit trail. It only appends: the table's triggers refuse changes and deletions. */
export const auditRepository = {
  /**
   * Takes the chain's lock until the transaction ends and returns the next id and the hash of the
   * last entry (null when the trail is empty). Call only inside a transaction.
   */
  async lockChainEnd(tx: Queryable): Promise<{ nextId: number; lastHash: string | null }> {
    await tx.query(CHAIN_LOCK, [], APPENDING);
    const last = await tx.query<{ hash: string }>(
      `SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1`,
      [],
      APPENDING,
    );
    const next = await tx.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) AS id`,
      [],
      APPENDING,
    );
    const nextId = next[0]?.id;
    if (nextId === undefined) throw new Error('nextval returned no row');
    return { nextId, lastHash: last[0]?.hash ?? null };
  },

  /** `count` more ids from the trail's sequence, ascending; call under the chain's lock. */
  async nextIds(tx: Queryable, count: number): Promise<number[]> {
    if (count <= 0) return [];
    const rows = await tx.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) AS id FROM generate_series(1, $1::int)`,
      [count],
      APPENDING,
    );
    return rows.map((row) => row.id).sort((a, b) => a - b);
  },

  /** Appends several entries in one statement, ids and hashes already computed. */
  async insertMany(tx: Queryable, events: readonly StoredAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await tx.query(
      `INSERT INTO audit_event (${COLUMNS})
       SELECT e.id, e.at, e.countries, e.actor_id, e.actor_username, e.action, e.subject_kind, e.subject_id,
              e.details, e.prev_hash, e.hash
       FROM jsonb_to_recordset($1::jsonb) AS e(id bigint, at timestamptz, countries text[], actor_id text,
            actor_username text, action text, subject_kind text, subject_id text, details jsonb, prev_hash text,
            hash text)
       ORDER BY e.id`,
      [
        JSON.stringify(
          events.map((event) => ({
            id: event.id,
            at: event.at,
            countries: event.countries,
            actor_id: event.actorId,
            actor_username: event.actorUsername,
            action: event.action,
            subject_kind: event.subjectKind,
            subject_id: event.subjectId,
            details: event.details,
            prev_hash: event.prevHash,
            hash: event.hash,
          })),
        ),
      ],
      APPENDING,
    );
  },

  /** Up to `limit` entries after id `afterId`, oldest first: the order in which the chain is walked. */
  async pageAfter(db: Queryable, afterId: number, limit: number): Promise<StoredAuditEvent[]> {
    const rows = await db.query<AuditRow>(
      `SELECT ${READ_COLUMNS} FROM audit_event WHERE id > $1 ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(fromRow);
  },

  /**
   * The entries concerning a country within the scope, newest first, with their total for paging.
   * Entries that concern no one country, or were written before entries recorded their countries,
   * are for regional readers only.
   */
  async list(
    db: Queryable,
    scope: Scope,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredAuditEvent[]; total: number }> {
    const params: unknown[] = [];
    const inScope = countriesCondition(scope, 'countries', params);
    const rows = await db.query<AuditRow>(
      `SELECT ${READ_COLUMNS} FROM audit_event WHERE ${inScope}
       ORDER BY id DESC LIMIT $${String(params.length + 1)} OFFSET $${String(params.length + 2)}`,
      [...params, page.limit, page.offset],
    );
    const count = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM audit_event WHERE ${inScope}`,
      params,
    );
    return { items: rows.map(fromRow), total: count[0]?.total ?? 0 };
  },
};

function fromRow(row: AuditRow): StoredAuditEvent {
  return {
    id: row.id,
    at: row.at,
    countries: row.countries,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    action: row.action,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
