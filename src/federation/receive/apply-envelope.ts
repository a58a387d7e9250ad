import { isDeepStrictEqual } from 'node:util';
import {
  AgreementError,
  clauseFor,
  isRecordTypeName,
  narrowedRecordTypes,
  parseAgreement,
  shareRecord,
  type AggregateRow,
  type DataSharingAgreement,
  type StandardRecord,
} from '@veta/standard';
import { isKeyId } from '../../core/keyed-token.js';
import type { Database, Queryable } from '../../store/engine/database.js';
import { acceptEnvelope } from '../accept-envelope.js';
import { EnvelopeRefused, type Envelope } from '../envelope.js';
import type { NodeDescriptor } from '../node-descriptor.js';
import { applyRevealDecision, applyRevealRequest } from '../reveal/apply-reveal.js';
import { agreementsHeld } from './agreements-held.js';
import { announceLinkageKey, linkageKeyProblem } from './linkage-keys.js';
import { sharedEncodingProblem } from './pseudonymised-record.js';
import { sharedPayloadProblem } from './shared-payload.js';
import { storeShareReport } from './share-reports.js';
import { storeSharedRecords } from './store-shared-records.js';
import { withdrawShared } from './withdraw-shared.js';

/**
 * Applies one envelope at the receiver `self`, all or nothing: the envelope's id, the agreement or
 * records it carries and any withdrawal they cause commit together. What the cited agreement does
 * not allow is refused here, whatever the sender checked; so is content the database cannot take
 * (a date that is no date), which would fail the same way each time it came.
 */
export async function applyEnvelope(
  db: Database,
  value: unknown,
  self: string,
  day = today(),
): Promise<Envelope> {
  try {
    return await db.transaction(async (tx) => {
      const { envelope, sender } = await acceptEnvelope(tx, value, self);
      if (envelope.kind === 'agreement') await applyAgreement(tx, envelope, sender, self, day);
      else if (envelope.kind === 'records') await applyRecords(tx, envelope, sender, day);
      else if (envelope.kind === 'report') await storeShareReport(tx, envelope);
      else if (envelope.kind === 'reveal-request') await applyRevealRequest(tx, envelope, sender, self, day);
      else if (envelope.kind === 'reveal-decision') await applyRevealDecision(tx, envelope, sender);
      else
        throw new EnvelopeRefused(
          'not-allowed',
          `Envelope ${envelope.id} is a ${envelope.kind}, which a share does not carry.`,
        );
      return envelope;
    });
  } catch (error) {
    if (isDataError(error))
      throw new EnvelopeRefused(
        'malformed',
        `An envelope's content could not be stored (${error.message}); nothing in it was applied.`,
      );
    throw error;
  }
}

async function applyAgreement(
  tx: Queryable,
  envelope: Envelope,
  sender: NodeDescriptor,
  self: string,
  day: string,
): Promise<void> {
  const document = (envelope.payload as { agreement?: unknown } | null)?.agreement;
  let agreement: DataSharingAgreement;
  try {
    agreement = parseAgreement(document, `the agreement in envelope ${envelope.id}`);
  } catch (error) {
    if (error instanceof AgreementError) throw new EnvelopeRefused('malformed', error.message);
    throw error;
  }
  const refuse = (why: string): never => {
    throw new EnvelopeRefused(
      'not-allowed',
      `Envelope ${envelope.id} from ${envelope.from} carries agreement ${agreement.id} v${String(agreement.version)}, ${why}.`,
    );
  };
  if (agreement.from !== sender.country) refuse(`which is ${agreement.from}'s to send`);
  if (agreement.to !== self) refuse(`which is addressed to ${agreement.to}`);
  if (envelope.agreement?.id !== agreement.id || envelope.agreement.version !== agreement.version)
    refuse('under another agreement version than the envelope cites');
  const keyId = (envelope.payload as { linkageKeyId?: unknown }).linkageKeyId;
  if (keyId !== undefined) {
    if (!isKeyId(keyId))
      throw new EnvelopeRefused(
        'malformed',
        `Envelope ${envelope.id} announces a linkage key id that is none.`,
      );
    const retired = await announceLinkageKey(tx, envelope.from, keyId);
    if (retired !== undefined) refuse(`announcing ${retired}`);
  }
  const held = await agreementsHeld.versions(tx, envelope.from, agreement.id);
  const same = held.find((version) => version.version === agreement.version);
  if (same !== undefined) {
    if (!isDeepStrictEqual(same.document, agreement))
      refuse('whose text differs from the version already received: a new text needs a new version');
    return;
  }
  const latest = held.at(-1);
  if (latest !== undefined && latest.version > agreement.version)
    refuse(`older than version ${String(latest.version)} already in force`);
  await agreementsHeld.add(tx, envelope.from, agreement, envelope.id);
  if (latest === undefined) return;
  let withdrawals;
  try {
    withdrawals = narrowedRecordTypes(latest.document, agreement, day);
  } catch (error) {
    if (error instanceof AgreementError) return refuse(error.message);
    throw error;
  }
  for (const withdrawal of withdrawals) await withdrawShared(tx, envelope.from, agreement.id, withdrawal);
}

async function applyRecords(
  tx: Queryable,
  envelope: Envelope,
  sender: NodeDescriptor,
  day: string,
): Promise<void> {
  const refuse = (why: string): never => {
    throw new EnvelopeRefused(
      'not-allowed',
      `Envelope ${envelope.id} from ${envelope.from}: ${why}. Nothing in it was applied.`,
    );
  };
  const cited = envelope.agreement;
  if (cited === null) return refuse('it shares records under no agreement');
  const held = await agreementsHeld.versions(tx, envelope.from, cited.id);
  const agreement = held.find((version) => version.version === cited.version)?.document;
  if (agreement === undefined)
    return refuse(
      `it cites agreement ${cited.id} v${String(cited.version)}, which this node has not received from ${envelope.from}. The sender shares it first ("veta share" does)`,
    );
  // What a later version narrowed was withdrawn: records under the earlier one must not return it.
  const latest = held.at(-1);
  if (latest !== undefined && latest.version !== cited.version)
    refuse(`agreement ${cited.id} v${String(cited.version)} was superseded by v${String(latest.version)}`);
  const payload = envelope.payload as { recordType?: unknown } | null;
  const recordType = payload?.recordType;
  if (typeof recordType !== 'string' || !isRecordTypeName(recordType))
    throw new EnvelopeRefused('malformed', `Envelope ${envelope.id} names no record type of the standard.`);
  const inForce = clauseFor(agreement, recordType, day);
  if (inForce.clause === 'none') return refuse(inForce.reason);
  const { clause } = inForce;
  const keys = await linkageKeyProblem(tx, envelope.from, envelope.payload);
  if (keys !== undefined) refuse(keys);
  const problem = sharedPayloadProblem(envelope.payload, recordType, clause, sender.country);
  if (problem !== undefined) {
    if (problem.kind === 'malformed')
      throw new EnvelopeRefused(
        'malformed',
        `Envelope ${envelope.id} from ${envelope.from}: ${problem.message}.`,
      );
    return refuse(problem.message);
  }
  // The clause decides what the payload is: totals under an aggregate clause, records elsewhere.
  if (typeof clause === 'object' && 'aggregate' in clause) {
    const payload = envelope.payload as { aggregation: { rows: AggregateRow[] }; continued?: unknown };
    await agreementsHeld.replaceTotals(
      tx,
      envelope,
      recordType,
      payload.aggregation.rows,
      payload.continued === true,
    );
    return;
  }
  const { records } = envelope.payload as { records: Record<string, unknown>[] };
  if (typeof clause === 'object')
    for (const record of records) {
      // A fields share must be exactly what the clause picks of it, plus a person's encoding
      // beside a name it shares: anything more is refused.
      const { linkage, ...shared } = record;
      const encoding = linkage === undefined ? undefined : sharedEncodingProblem(shared, linkage);
      if (encoding !== undefined) refuse(encoding);
      // Values the clause pseudonymises, and the ids beside them, arrive as tokens (checked with
      // the payload): kept as they came.
      const picked = shareRecord(shared as StandardRecord, recordType, inForce, {
        tokens: { value: (value) => value, recordId: (id) => id },
      });
      if (picked.kind !== 'fields' || !isDeepStrictEqual(picked.record, shared))
        refuse(`a ${recordType} record carries fields agreement ${cited.id} does not share`);
    }
  const foreign = await storeSharedRecords(tx, envelope, sender.country, recordType, records);
  if (foreign !== undefined) refuse(foreign);
}

// Errors the database raises for the data itself (22: data exception, 23: integrity constraint).
function isDataError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && /^2[23]/.test(error.code);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
