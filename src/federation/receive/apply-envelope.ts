import { isDeepStrictEqual } from 'node:util';
import {
  AgreementError,
  clauseFor,
  isRecordTypeName,
  narrowedRecordTypes,
  parseAgreement,
  shareRecord,
  type DataSharingAgreement,
  type StandardRecord,
} from '@veta/standard';
import type { Database, Queryable } from '../../store/engine/database.js';
import { acceptEnvelope } from '../accept-envelope.js';
import { EnvelopeRefused, type Envelope } from '../envelope.js';
import type { AggregatePayload, RecordsPayload } from '../share/payloads.js';
import { agreementsHeld } from './agreements-held.js';
import { storeSharedRecords } from './store-shared-records.js';
import { withdrawShared } from './withdraw-shared.js';

/**
 * Applies one envelope at the receiver `self`, all or nothing: the envelope's id, the agreement or
 * records it carries and any withdrawal they cause commit together. What the cited agreement does
 * not allow is refused here, whatever the sender checked.
 */
export async function applyEnvelope(
  db: Database,
  value: unknown,
  self: string,
  day = today(),
): Promise<Envelope> {
  return db.transaction(async (tx) => {
    const envelope = await acceptEnvelope(tx, value, self);
    if (envelope.kind === 'agreement') await applyAgreement(tx, envelope, self, day);
    else if (envelope.kind === 'records') await applyRecords(tx, envelope, day);
    else
      throw new EnvelopeRefused(
        'not-allowed',
        `Envelope ${envelope.id} is a ${envelope.kind}, which a share does not carry.`,
      );
    return envelope;
  });
}

async function applyAgreement(tx: Queryable, envelope: Envelope, self: string, day: string): Promise<void> {
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
  if (agreement.from !== envelope.from) refuse(`which is ${agreement.from}'s to send`);
  if (agreement.to !== self) refuse(`which is addressed to ${agreement.to}`);
  if (envelope.agreement?.id !== agreement.id || envelope.agreement.version !== agreement.version)
    refuse('under another agreement version than the envelope cites');
  const held = await agreementsHeld.versions(tx, agreement.id);
  const same = held.find((version) => version.version === agreement.version);
  if (same !== undefined) {
    if (!isDeepStrictEqual(same.document, agreement))
      refuse('whose text differs from the version already received: a new text needs a new version');
    return;
  }
  const latest = held.at(-1);
  if (latest !== undefined && latest.version > agreement.version)
    refuse(`older than version ${String(latest.version)} already in force`);
  await agreementsHeld.add(tx, agreement, envelope.id);
  if (latest !== undefined)
    for (const withdrawal of narrowedRecordTypes(latest.document, agreement, day))
      await withdrawShared(tx, envelope.from, withdrawal);
}

async function applyRecords(tx: Queryable, envelope: Envelope, day: string): Promise<void> {
  const cited = envelope.agreement;
  if (cited === null)
    throw new EnvelopeRefused('not-allowed', `Envelope ${envelope.id} shares records under no agreement.`);
  const agreement = (await agreementsHeld.versions(tx, cited.id)).find(
    (held) => held.version === cited.version,
  )?.document;
  if (agreement === undefined || agreement.from !== envelope.from)
    throw new EnvelopeRefused(
      'not-allowed',
      `Envelope ${envelope.id} from ${envelope.from} cites agreement ${cited.id} v${String(cited.version)}, which this node has not received from ${envelope.from}. The sender shares it first ("veta share" does).`,
    );
  const payload = envelope.payload as Partial<RecordsPayload & AggregatePayload> | null;
  const recordType = payload?.recordType;
  if (typeof recordType !== 'string' || !isRecordTypeName(recordType))
    throw new EnvelopeRefused('malformed', `Envelope ${envelope.id} names no record type of the standard.`);
  const inForce = clauseFor(agreement, recordType, day);
  const refuse = (why: string): never => {
    throw new EnvelopeRefused(
      'not-allowed',
      `Envelope ${envelope.id} from ${envelope.from}: ${why}. Nothing in it was applied.`,
    );
  };
  if (inForce.clause === 'none') return refuse(inForce.reason);
  const { clause } = inForce;
  if (typeof clause === 'object' && 'aggregate' in clause) {
    if (payload?.aggregation === undefined)
      return refuse(`agreement ${cited.id} shares ${recordType} only as monthly totals`);
    const { aggregate } = clause;
    const minCount = aggregate.minCount ?? 1;
    for (const row of payload.aggregation.rows) {
      const byKeys = Object.keys(row.by).sort();
      const extra = Object.keys(row.measures).filter((measure) => !aggregate.measures.includes(measure));
      if (!isDeepStrictEqual(byKeys, [...aggregate.by].sort()) || extra.length > 0 || row.count < minCount)
        refuse(
          `a ${recordType} total breaks its aggregate clause (by ${aggregate.by.join(', ')}, at least ${String(minCount)} records)`,
        );
    }
    await withdrawShared(tx, envelope.from, { recordType, withdraw: 'all' });
    await agreementsHeld.storeTotals(tx, envelope, recordType, payload.aggregation.rows);
    return;
  }
  const records = payload?.records;
  if (!Array.isArray(records)) return refuse(`its ${recordType} share carries no records`);
  const expected = clause === 'full' ? 'full' : clause === 'pseudonymised' ? 'pseudonymised' : 'fields';
  if (payload?.form !== expected)
    refuse(
      `agreement ${cited.id} v${String(cited.version)} shares ${recordType} as ${expected}, not ${String(payload?.form)}`,
    );
  if (typeof clause === 'object')
    for (const record of records) {
      // A fields share must be exactly what the clause picks of it: anything more is refused.
      const picked = shareRecord(record as StandardRecord, recordType, inForce);
      if (picked.kind !== 'fields' || !isDeepStrictEqual(picked.record, record))
        refuse(`a ${recordType} record carries fields agreement ${cited.id} does not share`);
    }
  await storeSharedRecords(tx, envelope, recordType, records);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
