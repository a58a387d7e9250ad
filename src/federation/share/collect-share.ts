import {
  clauseFor,
  RECORD_TYPE_NAMES,
  shareRecord,
  type AggregateClause,
  type AggregateRow,
  type Aggregation,
  needsLinkageKey,
  pseudonymisedFields,
  type DataSharingAgreement,
  type RecordTypeName,
  type SharedClause,
  type SharedFields,
  type ShareOptions,
} from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';
import type { EnvelopeContent } from '../envelope.js';
import type { ShareTally } from '../share-report.js';
import type { AggregatePayload, AgreementPayload, RecordsPayload } from './payloads.js';
import { isOwnRecord } from '../own-country.js';
import { aggregateStored } from './aggregate-stored.js';
import { EnvelopeRuns } from './envelope-runs.js';
import { shareMarks, type ShareMark } from './share-marks.js';
import { storedRecords } from './stored-records.js';

/** The records of one envelope take at most this much JSON: half NATS's default message limit. */
export const MAX_ENVELOPE_BYTES = 512 * 1024;

/** What one share sent and kept back, and the marks to record once its envelopes are delivered. */
export interface CollectedShare {
  envelopes: number;
  tallies: ShareTally[];
  marks: ShareMark[];
}

/**
 * What this node shares under `agreement` on `day`: the agreement itself first, then for each
 * record type what its clause allows of the records loaded since the last share under the same
 * version (all of them under a new version, whose clauses may be wider), and the monthly totals
 * of aggregated types, recomputed whole. Nothing a clause withholds enters a content. Each
 * content goes to `send` (to be sealed and published or written) as soon as its page is read, so
 * a register of millions is shared in bounded memory.
 */
export async function collectShare(
  db: Queryable,
  agreement: DataSharingAgreement,
  day: string,
  send: (content: EnvelopeContent) => Promise<void>,
  options: ShareOptions & {
    pageSize?: number;
    maxEnvelopeBytes?: number;
    onRecords?: (read: number) => void;
    /** The batches each record type has to send, when the caller already asked (recordsToRead). */
    pending?: PendingBatches | undefined;
    /** The linkage key's id, announced to the receiver with the agreement. */
    linkageKeyId?: string | undefined;
  } = {},
): Promise<CollectedShare> {
  const version = { id: agreement.id, version: agreement.version };
  let envelopes = 0;
  const emit = async (kind: EnvelopeContent['kind'], payload: unknown): Promise<void> => {
    await send({ to: agreement.to, kind, agreement: version, payload });
    envelopes += 1;
  };
  const agreementPayload: AgreementPayload =
    options.linkageKeyId === undefined ? { agreement } : { agreement, linkageKeyId: options.linkageKeyId };
  await emit('agreement', agreementPayload);
  const tallies: ShareTally[] = [];
  const marks: ShareMark[] = [];
  // A broker takes messages up to a size (NATS: 1 MB by default): envelopes stay well below.
  const maxBytes = options.maxEnvelopeBytes ?? MAX_ENVELOPE_BYTES;
  for (const recordType of RECORD_TYPE_NAMES) {
    const inForce = clauseFor(agreement, recordType, day);
    if (inForce.clause === 'none') {
      const withheld = await countRecords(db, recordType);
      if (withheld > 0) tallies.push({ recordType, form: 'none', sent: 0, withheld, reason: inForce.reason });
      continue;
    }
    const { clause } = inForce;
    const pendingBatches = async (): Promise<number[]> =>
      options.pending?.get(recordType) ?? (await shareMarks.pending(db, version, recordType));
    // Without the linkage key nothing the clause pseudonymises goes: records wait for the key (their
    // batches are counted, not read, nor marked), and totals are not sent, so none of the hub's is
    // replaced.
    if (
      needsLinkageKey(clause) &&
      (clause === 'pseudonymised' ? options.pseudonymise : options.tokens) === undefined
    ) {
      const totals = typeof clause === 'object' && 'aggregate' in clause;
      const withheld = await countRecords(db, recordType, totals ? 'all' : await pendingBatches());
      if (withheld > 0)
        tallies.push({
          recordType,
          form: totals ? 'aggregate' : recordsForm(clause),
          sent: 0,
          withheld,
          reason: 'no pseudonymisation key is configured',
        });
      options.onRecords?.(withheld);
      continue;
    }
    if (typeof clause === 'object' && 'aggregate' in clause) {
      // Totals change with every load: each share sends them whole, so the hub replaces them.
      const stored = await aggregateStored(db, recordType, clause, options.onRecords);
      const { records } = stored;
      if (records === 0) continue;
      const aggregation =
        options.tokens === undefined
          ? stored.aggregation
          : pseudonymiseTotals(stored.aggregation, pseudonymisedFields(clause), options.tokens.value);
      // Totals by buyer or declarant outgrow one message on a large register: they go in parts
      // of at most an envelope's size, the first replacing the hub's totals and the rest adding.
      const sendPart = async (rows: AggregateRow[], index: number): Promise<void> => {
        const payload: AggregatePayload = {
          recordType,
          aggregation: { ...aggregation, rows },
          ...(index === 0 ? {} : { continued: true }),
        };
        await emit('records', payload);
      };
      const parts = new EnvelopeRuns<AggregateRow>(maxBytes, sendPart);
      for (const row of aggregation.rows) await parts.add(row, Buffer.byteLength(JSON.stringify(row)));
      await parts.flush();
      // No cell left (all suppressed): an empty part still replaces what the hub held.
      if (parts.sent === 0) await sendPart([], 0);
      tallies.push({
        recordType,
        form: 'aggregate',
        sent: aggregation.rows.length,
        withheld: records,
        reason: `shared as ${String(aggregation.rows.length)} monthly totals${aggregation.suppressed > 0 ? `, ${String(aggregation.suppressed)} small cells suppressed` : ''}`,
      });
      continue;
    }
    const form = recordsForm(clause);
    const batches = await pendingBatches();
    const tally: ShareTally = { recordType, form, sent: 0, withheld: 0 };
    const runs = new EnvelopeRuns<SharedFields>(maxBytes, async (records) => {
      const payload: RecordsPayload = { recordType, form, records };
      await emit('records', payload);
      tally.sent += records.length;
    });
    // The source row is read only where the clause sends it.
    const withRaw =
      clause === 'full' ||
      (typeof clause === 'object' &&
        clause.fields.some((field) => ['provenance', 'provenance.raw'].includes(field)));
    for await (const page of storedRecords(db, recordType, batches, options.pageSize, withRaw)) {
      for (const record of page.records) {
        if (!isOwnRecord({ country: record.country, layout: record.provenance.layout }, agreement.from)) {
          tally.withheld += 1;
          tally.reason = `another country's records are not ${agreement.from}'s to share`;
          continue;
        }
        const outcome = shareRecord(record, recordType, inForce, options);
        if (outcome.kind === 'withheld') {
          tally.withheld += 1;
          tally.reason = outcome.reason;
          continue;
        }
        const size = Buffer.byteLength(JSON.stringify(outcome.record));
        // One record larger than an envelope (a polygon of thousands of vertices) would fail every
        // share after it: it stays here, counted, and the node's report says why.
        if (size > maxBytes) {
          tally.withheld += 1;
          // Named as the hub would have seen it: a person's record by its token.
          tally.reason = `${recordType} ${String(outcome.record.id)} takes ${String(Math.ceil(size / 1024))} KB, more than an envelope carries (${String(maxBytes / 1024)} KB): simplify it or send it by another channel`;
          continue;
        }
        await runs.add(outcome.record, size);
      }
      options.onRecords?.(page.records.length);
    }
    await runs.flush();
    if (tally.sent > 0 || tally.withheld > 0) tallies.push(tally);
    // Other countries' records never go: their batches are marked all the same.
    if (batches.length > 0)
      marks.push({ recordType, agreementVersion: agreement.version, batchIds: batches });
  }
  return { envelopes, tallies, marks };
}

/** The batches of each record type not yet shared under an agreement version. */
export type PendingBatches = ReadonlyMap<RecordTypeName, number[]>;

/**
 * How many records a share under `agreement` on `day` will read, the total of its progress, and
 * the batches it reads them from: handed to the share, they are looked up once.
 */
export async function recordsToRead(
  db: Queryable,
  agreement: DataSharingAgreement,
  day: string,
): Promise<{ total: number; pending: PendingBatches }> {
  let total = 0;
  const pending = new Map<RecordTypeName, number[]>();
  for (const recordType of RECORD_TYPE_NAMES) {
    const { clause } = clauseFor(agreement, recordType, day);
    if (clause === 'none') continue;
    if (typeof clause === 'object' && 'aggregate' in clause) {
      total += await countRecords(db, recordType);
      continue;
    }
    const batches = await shareMarks.pending(db, agreement, recordType);
    pending.set(recordType, batches);
    total += await countRecords(db, recordType, batches);
  }
  return { total, pending };
}

async function countRecords(
  db: Queryable,
  recordType: RecordTypeName,
  batches: readonly number[] | 'all' = 'all',
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${RECORD_TABLES[recordType].table}
     WHERE $1::bigint[] IS NULL OR batch_id = ANY($1::bigint[])`,
    [batches === 'all' ? null : batches],
  );
  return row?.n ?? 0;
}

function recordsForm(clause: Exclude<SharedClause, AggregateClause>): RecordsPayload['form'] {
  return clause === 'full' ? 'full' : clause === 'pseudonymised' ? 'pseudonymised' : 'fields';
}

/** Totals whose `fields` values naming a person are their tokens: cells stay apart, since tokens do. */
function pseudonymiseTotals(
  aggregation: Aggregation,
  fields: readonly string[],
  token: (value: string) => string,
): Aggregation {
  if (fields.length === 0) return aggregation;
  const rows = aggregation.rows.map((row) => ({
    ...row,
    by: Object.fromEntries(
      Object.entries(row.by).map(([field, value]) => [
        field,
        fields.includes(field) && typeof value === 'string' ? token(value) : value,
      ]),
    ),
  }));
  return { ...aggregation, rows };
}
