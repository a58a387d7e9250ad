import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/append-audit.js';
import type { AuditCountries } from '../audit/audit-countries.js';
import type { Queryable } from '../store/engine/database.js';

/** What a route records: the action and its subject; the actor and address come from the request. */
export interface AuditInput {
  /** A dotted verb: "alert.read", "alert.transition", "entity.read", "user.update"… */
  readonly action: string;
  /** What kind of thing was acted on: "alert", "entity", "user", "token"… */
  readonly subjectKind: string;
  readonly subjectId: string | null;
  /**
   * The countries the entry concerns, which decide who may read it: an alert's country, an entity's
   * visible countries, a user's countries… (audit-countries.ts has the rules).
   */
  readonly countries: AuditCountries;
  /** Anything else worth keeping (the new status, a reason…); stored as JSON. */
  readonly details?: Record<string, unknown> | undefined;
}

/** Who to record when the request has no actor yet (a sign-in) or acts for someone else. */
export interface AuditAs {
  readonly id: string | null;
  readonly username: string;
}

/**
 * Appends an entry to the audit trail for this request: its actor, the action and subject, and the
 * client's address. Pass `db` (an open transaction) to commit the entry together with the change.
 */
export async function audit(
  request: FastifyRequest,
  input: AuditInput,
  options: { db?: Queryable; as?: AuditAs } = {},
): Promise<void> {
  const actor =
    options.as ?? (request.actor ? { id: request.actor.userId, username: request.actor.username } : null);
  await appendAudit(options.db ?? request.server.db, {
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? 'anonymous',
    action: input.action,
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    countries: input.countries,
    details: { ...input.details, ip: request.ip },
  });
}
