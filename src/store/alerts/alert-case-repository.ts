import type { Scope } from '../scope/scope.js';
import { countryCondition } from '../scope/scope-sql.js';
import type { CaseStatus } from '../../core/case-statuses.js';
import type { Queryable } from '../engine/database.js';

/** A case's status as stored (the triage module owns the rules between them). */
export type StoredCaseStatus = CaseStatus;

/** An alert's case as it stands, with the alert's country (for deciding who may hold it). */
export interface AlertCase {
  alertId: string;
  country: string | null;
  status: StoredCaseStatus;
  assigneeId: string | null;
  assigneeUsername: string | null;
  updatedAt: Date | null;
}

/** Who made a change, as the history names them. */
export interface CaseAuthor {
  userId: string;
  username: string;
}

/** One entry of a case's history. */
export interface CaseEvent {
  id: number;
  kind: 'transition' | 'assignment' | 'comment';
  from: StoredCaseStatus | null;
  to: StoredCaseStatus | null;
  reason: string | null;
  assigneeId: string | null;
  assigneeUsername: string | null;
  comment: string | null;
  actorId: string;
  actorUsername: string;
  at: Date;
}

interface CaseRow {
  alert_id: string;
  country: string | null;
  status: StoredCaseStatus;
  assignee_id: string | null;
  assignee_username: string | null;
  updated_at: Date | null;
}

interface EventRow {
  id: number;
  kind: CaseEvent['kind'];
  from_status: StoredCaseStatus | null;
  to_status: StoredCaseStatus | null;
  reason: string | null;
  assignee_id: string | null;
  assignee_username: string | null;
  comment: string | null;
  actor_id: string;
  actor_username: string;
  at: Date;
}

// The alert whose case alert $1's is: the head of its episode ($1 itself when it heads one, or
// when episodes were never grouped for it).
const EPISODE_OF = `(SELECT coalesce(e.episode_id, e.id) FROM alert e WHERE e.id = $1)`;

/**
 * Storage of alert cases and their history. Changes run inside a transaction that first locks the
 * case (`lock`), so two analysts moving one alert at once cannot both succeed from the same status.
 */
export const alertCaseRepository = {
  /**
   * The case as it stands, read without a lock; an alert never worked on is open and unheld. An
   * alert inside another's episode has no case of its own: its episode's is returned, named by
   * `alertId`, so whatever is done to it is done to the episode.
   */
  async current(db: Queryable, scope: Scope, alertId: string): Promise<AlertCase | undefined> {
    const params: unknown[] = [alertId];
    const inScope = countryCondition(scope, 'a.country', params);
    const [row] = await db.query<CaseRow>(
      `SELECT a.id AS alert_id, a.country, coalesce(c.status, 'open') AS status, c.assignee_id,
              c.assignee_username, c.updated_at
       FROM alert a LEFT JOIN alert_case c ON c.alert_id = a.id WHERE a.id = ${EPISODE_OF} AND ${inScope}`,
      params,
    );
    return row ? toCase(row) : undefined;
  },

  /**
   * The case of an alert within the scope, locked until the transaction ends; undefined when the
   * alert does not exist or is out of scope. An alert never changed before gets its case row here.
   * An alert inside another's episode gets its episode's case (see `current`): write to the
   * returned `alertId`.
   */
  async lock(tx: Queryable, scope: Scope, alertId: string): Promise<AlertCase | undefined> {
    const params: unknown[] = [alertId];
    const inScope = countryCondition(scope, 'a.country', params);
    await tx.query(
      `INSERT INTO alert_case (alert_id) SELECT a.id FROM alert a WHERE a.id = ${EPISODE_OF} AND ${inScope}
       ON CONFLICT (alert_id) DO NOTHING`,
      params,
    );
    const [row] = await tx.query<CaseRow>(
      `SELECT c.alert_id, a.country, c.status, c.assignee_id, c.assignee_username, c.updated_at
       FROM alert_case c JOIN alert a ON a.id = c.alert_id
       WHERE c.alert_id = ${EPISODE_OF} AND ${inScope} FOR UPDATE OF c`,
      params,
    );
    return row ? toCase(row) : undefined;
  },

  /** Moves a locked case to another status and records the transition. */
  async transition(
    tx: Queryable,
    alertId: string,
    change: { from: StoredCaseStatus; to: StoredCaseStatus; reason: string | null },
    author: CaseAuthor,
  ): Promise<void> {
    await tx.query('UPDATE alert_case SET status = $2, updated_at = now() WHERE alert_id = $1', [
      alertId,
      change.to,
    ]);
    await tx.query(
      `INSERT INTO alert_case_event (alert_id, kind, from_status, to_status, reason, actor_id, actor_username)
       VALUES ($1, 'transition', $2, $3, $4, $5, $6)`,
      [alertId, change.from, change.to, change.reason, author.userId, author.username],
    );
  },

  /** Gives a locked case to a user (or to no one) and records the assignment. */
  async assign(
    tx: Queryable,
    alertId: string,
    assignee: CaseAuthor | null,
    author: CaseAuthor,
  ): Promise<void> {
    const [id, username] = assignee ? [assignee.userId, assignee.username] : [null, null];
    await tx.query(
      `UPDATE alert_case SET assignee_id = $2, assignee_username = $3, updated_at = now()
       WHERE alert_id = $1`,
      [alertId, id, username],
    );
    await tx.query(
      `INSERT INTO alert_case_event (alert_id, kind, assignee_id, assignee_username, actor_id, actor_username)
       VALUES ($1, 'assignment', $2, $3, $4, $5)`,
      [alertId, id, username, author.userId, author.username],
    );
  },

  /** Adds a comment to a locked case; returns the stored event. */
  async comment(tx: Queryable, alertId: string, text: string, author: CaseAuthor): Promise<CaseEvent> {
    await tx.query('UPDATE alert_case SET updated_at = now() WHERE alert_id = $1', [alertId]);
    const [row] = await tx.query<EventRow>(
      `INSERT INTO alert_case_event (alert_id, kind, comment, actor_id, actor_username)
       VALUES ($1, 'comment', $2, $3, $4) RETURNING *`,
      [alertId, text, author.userId, author.username],
    );
    if (!row) throw new Error('INSERT ... RETURNING gave no row');
    return toEvent(row);
  },

  /** A case's history within the scope, oldest first: comments, assignments and transitions. */
  async history(db: Queryable, scope: Scope, alertId: string): Promise<CaseEvent[]> {
    const params: unknown[] = [alertId];
    const inScope = countryCondition(scope, 'a.country', params);
    const rows = await db.query<EventRow>(
      `SELECT e.* FROM alert_case_event e JOIN alert a ON a.id = e.alert_id
       WHERE e.alert_id = $1 AND ${inScope} ORDER BY e.id`,
      params,
    );
    return rows.map(toEvent);
  },
};

function toCase(row: CaseRow): AlertCase {
  return {
    alertId: row.alert_id,
    country: row.country,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeUsername: row.assignee_username,
    updatedAt: row.updated_at,
  };
}

function toEvent(row: EventRow): CaseEvent {
  return {
    id: row.id,
    kind: row.kind,
    from: row.from_status,
    to: row.to_status,
    reason: row.reason,
    assigneeId: row.assignee_id,
    assigneeUsername: row.assignee_username,
    comment: row.comment,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    at: row.at,
  };
}
