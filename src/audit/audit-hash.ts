import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';
import type { StoredAuditEvent } from '../store/audit/audit-repository.js';

/** The prev_hash of the first entry: the chain starts from nothing. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The SHA-256 of an entry: over its previous hash and a canonical serialisation of every field but
 * the hash itself. The id is included, so renumbering entries breaks the chain as surely as editing.
 * The time is hashed as stored, to the microsecond, so no edit of it goes unseen. Entries written
 * before entries recorded their countries (countries null) keep the form they were hashed in:
 * milliseconds and no countries; a stored time with anything below the millisecond cannot be theirs.
 */
export function hashEntry(event: Omit<StoredAuditEvent, 'hash'>): string {
  const fields = {
    id: event.id,
    actorId: event.actorId,
    actorUsername: event.actorUsername,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    details: event.details,
  };
  const body =
    event.countries === null
      ? canonicalJson({ ...fields, at: millisecondTime(event.at) })
      : canonicalJson({ ...fields, at: event.at, countries: event.countries });
  return createHash('sha256').update(`${event.prevHash}\n${body}`, 'utf8').digest('hex');
}

/** A moment as the trail stores and hashes it: UTC ISO 8601 to the microsecond. */
export function exactTime(date: Date): string {
  return date.toISOString().replace(/Z$/, '000Z');
}

// Early entries hashed Date.toISOString(): the same text without the last three digits, which
// were zeros when written. Other digits there mean an edit, so the text is left whole to fail.
function millisecondTime(at: string): string {
  return at.replace(/^(.*\.\d{3})000Z$/, '$1Z');
}
