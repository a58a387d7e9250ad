import { isDeepStrictEqual } from 'node:util';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../records/catalogue.js';
import { AgreementError } from './agreement.js';
import type {
  AggregateClause,
  DataSharingAgreement,
  SharedClause,
  SharingClause,
} from './agreement-schema.js';
import { CITATION_FIELDS } from './citation-fields.js';
import { covers } from './field-paths.js';
import { childFields } from './record-fields.js';

/** The agreement a clause comes from: its id and version, to cite with what is shared under it. */
export interface AgreementVersion {
  readonly id: string;
  readonly version: number;
}

/** Why nothing of a record type is shared on a day. */
export type WithheldCode = 'NOT_LISTED' | 'LISTED_NONE' | 'NOT_YET_IN_FORCE' | 'EXPIRED';

/** The clause an agreement applies to a record type on a day; none says why. */
export type ClauseInForce =
  | { readonly clause: SharedClause; readonly agreement: AgreementVersion }
  | {
      readonly clause: 'none';
      readonly agreement: AgreementVersion;
      readonly code: WithheldCode;
      readonly reason: string;
    };

/** What the hub must delete of a record type when a new version of an agreement narrows it. */
export interface Withdrawal {
  readonly recordType: RecordTypeName;
  /** Every record of the type (or every total), or only these fields of each record. */
  readonly withdraw: 'all' | { readonly fields: readonly string[] };
}

/** The clause in force for a record type on a day (yyyy-mm-dd); none outside the agreement's validity. */
export function clauseFor(
  agreement: DataSharingAgreement,
  recordType: RecordTypeName,
  day: string,
): ClauseInForce {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`"${day}" is not a day (yyyy-mm-dd)`);
  const version = { id: agreement.id, version: agreement.version };
  const name = `${agreement.id} v${agreement.version}`;
  const none = (code: WithheldCode, reason: string): ClauseInForce => ({
    clause: 'none',
    agreement: version,
    code,
    reason,
  });
  if (day < agreement.validFrom)
    return none(
      'NOT_YET_IN_FORCE',
      `agreement ${name} is not yet in force: it is from ${agreement.validFrom}`,
    );
  if (day > agreement.validUntil)
    return none('EXPIRED', `agreement ${name} expired on ${agreement.validUntil}, its last day in force`);
  const clause = agreement.records[recordType];
  if (clause === undefined) return none('NOT_LISTED', `${recordType} is not listed in agreement ${name}`);
  if (clause === 'none') return none('LISTED_NONE', `agreement ${name} shares no ${recordType}`);
  return { clause, agreement: version };
}

/**
 * What the hub must withdraw, record type by record type, when `next` replaces `previous` on
 * `day` (the sending country's today, by default the UTC date): wherever the new version shares
 * less that day than the old one's clauses allowed. The old version is taken as written, whatever
 * its dates: what it let the hub hold, the hub may still hold after it expired. A version that
 * shares as much or more withdraws nothing.
 */
export function narrowedRecordTypes(
  previous: DataSharingAgreement,
  next: DataSharingAgreement,
  day: string = new Date().toISOString().slice(0, 10),
): Withdrawal[] {
  checkSuccession(previous, next);
  return RECORD_TYPE_NAMES.flatMap((recordType) => {
    const before = previous.records[recordType] ?? 'none';
    const after = clauseFor(next, recordType, day).clause;
    const withdraw = withdrawal(recordType, before, after);
    return withdraw === undefined ? [] : [{ recordType, withdraw }];
  });
}

// Totals and records are not parts of one another: the hub cannot keep a part of what it holds
// under one form when the other replaces it, so it withdraws it all and takes the new form afresh.
// Only full takes in every other form. A pseudonymised record is a different record (its
// identities are replaced), so named raw fields cannot take it in, nor it a raw record.
function withdrawal(
  recordType: RecordTypeName,
  before: SharingClause,
  after: SharingClause,
): Withdrawal['withdraw'] | undefined {
  if (before === 'none' || after === 'full' || isDeepStrictEqual(before, after)) return undefined;
  if (after === 'none' || after === 'pseudonymised' || before === 'pseudonymised') return 'all';
  if (isAggregate(before) || isAggregate(after)) return 'all';
  const held = before === 'full' ? childFields(recordType, '') : [...CITATION_FIELDS, ...before.fields];
  // A field the hub holds in the clear that the new version sends only as tokens is withdrawn too.
  const tokenedBefore = before === 'full' ? [] : (before.pseudonymised ?? []);
  const newlyTokened = (after.pseudonymised ?? []).filter(
    (path) =>
      held.some((heldPath) => covers(heldPath, path) || covers(path, heldPath)) &&
      !tokenedBefore.some((tokened) => covers(tokened, path)),
  );
  const fields = [
    ...new Set([...uncovered(recordType, held, [...CITATION_FIELDS, ...after.fields]), ...newlyTokened]),
  ];
  return fields.length === 0 ? undefined : { fields };
}

function isAggregate(clause: SharingClause): clause is AggregateClause {
  return typeof clause === 'object' && 'aggregate' in clause;
}

/** The paths of `held` that `kept` does not take in, a held object split where only part is kept. */
function uncovered(recordType: RecordTypeName, held: readonly string[], kept: readonly string[]): string[] {
  return held.flatMap((path) => {
    if (kept.some((keptPath) => covers(keptPath, path))) return [];
    if (!kept.some((keptPath) => covers(path, keptPath))) return [path];
    const children = childFields(recordType, path).map((child) => `${path}.${child}`);
    return uncovered(recordType, children, kept);
  });
}

// Withdrawal compares two versions of one agreement: any other pair is a caller's mistake.
function checkSuccession(previous: DataSharingAgreement, next: DataSharingAgreement): void {
  const source = `${next.id} v${next.version}`;
  if (previous.id !== next.id || previous.from !== next.from || previous.to !== next.to)
    throw new AgreementError(source, [
      `it is not a version of ${previous.id} (${previous.from} to ${previous.to}): compare versions of one agreement`,
    ]);
  if (
    next.version < previous.version ||
    (next.version === previous.version && !isDeepStrictEqual(previous, next))
  )
    throw new AgreementError(source, [
      `/version ${next.version} must be greater than ${previous.version}: every change bumps the version`,
    ]);
}
