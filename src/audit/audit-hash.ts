import { createHash } from 'node:crypto';
import type { StoredAuditEvent } from '../store/audit-repository.js';

/** The prev_hash of the first entry: the chain starts from nothing. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The SHA-256 of an entry: over its previous hash and a canonical serialisation of every field but
 * the hash itself. The id is included, so renumbering entries breaks the chain as surely as editing.
 */
export function hashEntry(event: Omit<StoredAuditEvent, 'hash'>): string {
  const body = canonicalJson({
    id: event.id,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorUsername: event.actorUsername,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    details: event.details,
  });
  return createHash('sha256').update(`${event.prevHash}\n${body}`, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every depth, so the same value always serialises the same way
 * (jsonb does not keep key order; the hash must not depend on it).
 */
export function canonicalJson(value: unknown): string {
  // As JSON.stringify does inside arrays: undefined (and functions) become null.
  if (value === undefined || typeof value === 'function') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
