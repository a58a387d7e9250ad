import { Type, type Static } from 'typebox';
import type { StoredAuditEvent } from '../../store/audit/audit-repository.js';
import type { AuditVerification } from '../../audit/verify-audit.js';

/** One audit trail entry as the API shows it, hashes included so a reader can check the chain. */
export const AuditEventSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time', description: 'As stored and hashed: UTC, to the microsecond.' }),
  countries: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description:
      'The countries the entry concerns; empty for none in particular; null for entries written before entries recorded them.',
  }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.String(),
  action: Type.String(),
  subjectKind: Type.String(),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Type.String(),
  hash: Type.String(),
});

/** The outcome of verifying the chain. */
export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  head: Type.Union([Type.Object({ id: Type.Integer(), hash: Type.String() }), Type.Null()]),
  firstBreak: Type.Union([
    Type.Object({
      id: Type.Integer(),
      problem: Type.Union([Type.Literal('content-changed'), Type.Literal('link-broken')]),
      message: Type.String(),
      expected: Type.String(),
      actual: Type.String(),
    }),
    Type.Null(),
  ]),
});

/** The entry in the API's shape. */
export function presentAuditEvent(event: StoredAuditEvent): Static<typeof AuditEventSchema> {
  const { id, at, countries, actorId, actorUsername, action, subjectKind, subjectId, details } = event;
  const hashes = { prevHash: event.prevHash, hash: event.hash };
  return { id, at, countries, actorId, actorUsername, action, subjectKind, subjectId, details, ...hashes };
}

/** The verification in the API's shape. */
export function presentAuditVerification(result: AuditVerification): Static<typeof AuditVerificationSchema> {
  return { ok: result.ok, checked: result.checked, head: result.head, firstBreak: result.firstBreak };
}
