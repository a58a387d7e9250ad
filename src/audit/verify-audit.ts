import type { Scope } from '../store/scope/scope.js';
import type { Queryable } from '../store/engine/database.js';
import { auditRepository, type StoredAuditEvent } from '../store/audit/audit-repository.js';
import { readableBy } from './audit-countries.js';
import { GENESIS_HASH, hashEntry } from './audit-hash.js';

/** The first place the chain breaks, and how. */
export interface AuditBreak {
  /** The id of the first entry that fails verification. */
  readonly id: number;
  /** `content-changed`: its fields no longer give its hash. `link-broken`: it does not follow the entry before it. */
  readonly problem: 'content-changed' | 'link-broken';
  /** A sentence saying what differs and what it means. */
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
}

/** The outcome of walking the whole chain. */
export interface AuditVerification {
  readonly ok: boolean;
  /** Entries checked (up to and including the broken one). */
  readonly checked: number;
  /** The last entry that verified: record it elsewhere to detect a later truncation of the tail. */
  readonly head: { readonly id: number; readonly hash: string } | null;
  readonly firstBreak: AuditBreak | null;
}

const PAGE = 1000;

/**
 * Walks the audit trail from its first entry in pages, recomputing each hash and checking that each
 * entry names its predecessor's hash, and stops at the first entry that fails: an edited entry
 * fails its own hash; a deleted, inserted or reordered one breaks the link of the entry after it.
 * The whole chain is walked whoever asks; given the reader's scope, an entry they may not read is
 * named by its id only.
 */
export async function verifyAudit(db: Queryable, reader?: Scope): Promise<AuditVerification> {
  let previous: StoredAuditEvent | null = null;
  let checked = 0;
  for (;;) {
    const page = await auditRepository.pageAfter(db, previous?.id ?? 0, PAGE);
    for (const event of page) {
      checked += 1;
      const problem = checkEntry(event, previous, reader);
      if (problem !== null) return { ok: false, checked, head: headOf(previous), firstBreak: problem };
      previous = event;
    }
    if (page.length < PAGE) return { ok: true, checked, head: headOf(previous), firstBreak: null };
  }
}

function checkEntry(
  event: StoredAuditEvent,
  previous: StoredAuditEvent | null,
  reader: Scope | undefined,
): AuditBreak | null {
  const recomputed = hashEntry(event);
  if (recomputed !== event.hash) {
    const what =
      reader === undefined || readableBy(reader, event.countries)
        ? ` (${event.action} by ${event.actorUsername})`
        : ', which concerns countries outside your scope,';
    return {
      id: event.id,
      problem: 'content-changed',
      message: `Audit entry ${String(event.id)}${what} was changed after it was written: its fields no longer give its stored hash.`,
      expected: event.hash,
      actual: recomputed,
    };
  }
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  if (event.prevHash !== expectedPrev) {
    return {
      id: event.id,
      problem: 'link-broken',
      message:
        previous === null
          ? `Audit entry ${String(event.id)} is the first one left but does not start the chain: the entries before it were deleted.`
          : `Audit entry ${String(event.id)} does not follow entry ${String(previous.id)}: ${gapText(previous.id, event.id)}.`,
      expected: expectedPrev,
      actual: event.prevHash,
    };
  }
  return null;
}

function gapText(previousId: number, id: number): string {
  if (id - previousId > 1) {
    return `entries between them (ids ${String(previousId + 1)}–${String(id - 1)}) were deleted, or entries were reordered`;
  }
  return 'an entry was removed, inserted or moved here, or the previous entry was rewritten with a new hash';
}

function headOf(event: StoredAuditEvent | null): AuditVerification['head'] {
  return event === null ? null : { id: event.id, hash: event.hash };
}
