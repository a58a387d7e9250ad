import type { Database, Queryable } from '../store/engine/database.js';
import { auditRepository, type StoredAuditEvent } from '../store/audit/audit-repository.js';
import type { AuditCountries } from './audit-countries.js';
import { exactTime, GENESIS_HASH, hashEntry } from './audit-hash.js';
import { GroupCommit } from './group-commit.js';

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
  /** The countries the entry concerns, which decide who may read it (audit-countries.ts). */
  readonly countries: AuditCountries;
  /** Anything else worth keeping: stored as JSON, so dates become strings and undefined vanishes. */
  readonly details?: Record<string, unknown> | undefined;
}

/**
 * Appends an entry to the audit trail, chained to the one before it. Given an open transaction, it
 * joins it, so a change and its entry commit together. Given the database, it resolves once the
 * entry is committed: entries that arrive while a commit is under way wait and are committed
 * together, in arrival order, in the next transaction (a group commit), so every read of a busy API
 * does not pay a transaction and a disk flush of its own on one lock. Appends from other processes
 * queue on the chain's advisory lock, keeping the chain linear.
 */
export async function appendAudit(db: Database | Queryable, entry: AuditEntry): Promise<StoredAuditEvent> {
  if (isDatabase(db)) return groups.submit(db, entry);
  const [event] = await appendGroup(db, [entry]);
  if (event === undefined) throw new Error('appending an audit entry returned none');
  return event;
}

const groups = new GroupCommit<AuditEntry, StoredAuditEvent>(appendGroup);

/**
 * Chains entries after the trail's last one, in order, under the chain's lock: one lock, one read of
 * the last hash, one batch of ids and one insert, however many entries.
 */
async function appendGroup(tx: Queryable, entries: readonly AuditEntry[]): Promise<StoredAuditEvent[]> {
  const { nextId, lastHash } = await auditRepository.lockChainEnd(tx);
  const ids = [nextId, ...(await auditRepository.nextIds(tx, entries.length - 1))];
  const events: StoredAuditEvent[] = [];
  let prevHash = lastHash ?? GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    const event = chained(entry, ids[i] ?? nextId, prevHash);
    events.push(event);
    prevHash = event.hash;
  }
  await auditRepository.insertMany(tx, events);
  return events;
}

function chained(entry: AuditEntry, id: number, prevHash: string): StoredAuditEvent {
  // Round-tripped through JSON now, so the hash covers exactly what jsonb will hand back.
  const details = JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>;
  const unhashed = {
    id,
    at: exactTime(new Date()),
    countries: [...entry.countries],
    actorId: entry.actorId,
    actorUsername: entry.actorUsername,
    action: entry.action,
    subjectKind: entry.subjectKind,
    subjectId: entry.subjectId,
    details,
    prevHash,
  };
  return { ...unhashed, hash: hashEntry(unhashed) };
}

function isDatabase(db: Database | Queryable): db is Database {
  return 'transaction' in db;
}
