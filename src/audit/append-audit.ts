import type { Database, Queryable } from '../store/database.js';
import { auditRepository, type StoredAuditEvent } from '../store/audit-repository.js';
import { GENESIS_HASH, hashEntry } from './audit-hash.js';

/** What happened, by whom, to what: an entry before it joins the chain. */
export interface AuditEntry {
  /** The acting user's id, or null for the command line. */
  readonly actorId: string | null;
  readonly actorUsername: string;
  /** A dotted verb, e.g. "auth.login", "alert.read", "alert.transition". */
  readonly action: string;
  /** What kind of thing was acted on: "alert", "entity", "user", "session", "token"… */
  readonly subjectKind: string;
  readonly subjectId: string | null;
  /** Anything else worth keeping: stored as JSON, so dates become strings and undefined vanishes. */
  readonly details?: Record<string, unknown> | undefined;
}

/**
 * Appends an entry to the audit trail, chained to the one before it. Given the database, it runs in
 * a transaction of its own; given an open transaction, it joins it, so a change and its entry
 * commit together. Concurrent appends queue on an advisory lock, keeping the chain linear.
 */
export async function appendAudit(db: Database | Queryable, entry: AuditEntry): Promise<StoredAuditEvent> {
  if (isDatabase(db)) return db.transaction((tx) => appendIn(tx, entry));
  return appendIn(db, entry);
}

async function appendIn(tx: Queryable, entry: AuditEntry): Promise<StoredAuditEvent> {
  const { nextId, lastHash } = await auditRepository.lockChainEnd(tx);
  // Round-tripped through JSON now, so the hash covers exactly what jsonb will hand back.
  const details = JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>;
  const unhashed = {
    id: nextId,
    // Milliseconds, as JavaScript reads the value back: the hash must match after the round trip.
    at: new Date(),
    actorId: entry.actorId,
    actorUsername: entry.actorUsername,
    action: entry.action,
    subjectKind: entry.subjectKind,
    subjectId: entry.subjectId,
    details,
    prevHash: lastHash ?? GENESIS_HASH,
  };
  const event: StoredAuditEvent = { ...unhashed, hash: hashEntry(unhashed) };
  await auditRepository.insert(tx, event);
  return event;
}

function isDatabase(db: Database | Queryable): db is Database {
  return 'transaction' in db;
}
