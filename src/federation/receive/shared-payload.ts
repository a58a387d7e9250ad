import { isDeepStrictEqual } from 'node:util';
import { pseudonymisedFields, readField, type RecordTypeName, type SharedClause } from '@veta/standard';
import { isOwnRecord } from '../own-country.js';
import { isToken } from '../linkage/person-encoding.js';
import { isClearPersonalDocument, pseudonymisedProblem } from './pseudonymised-record.js';

/** What is wrong with a shared payload: its shape (malformed) or what the clause allows. */
export interface PayloadProblem {
  kind: 'malformed' | 'not-allowed';
  message: string;
}

const SHA256 = /^[0-9a-f]{64}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// A sum as the standard writes it: the detectors cast it to numeric, so nothing else may pass.
const DECIMAL = /^-?\d{1,40}(\.\d{1,40})?$/;
// Keys are indexed: one too long for the index would fail the same way every time it came.
const MAX_KEY_LENGTH = 512;

/**
 * Checks a records payload against the clause in force before anything of it is stored: its form,
 * each record's type, key and citation, and that it is the sender's own country's data. A signed
 * envelope comes from a trusted peer, not necessarily from a correct one.
 */
export function sharedPayloadProblem(
  payload: unknown,
  recordType: RecordTypeName,
  clause: SharedClause,
  senderCountry: string,
): PayloadProblem | undefined {
  const malformed = (message: string): PayloadProblem => ({ kind: 'malformed', message });
  const notAllowed = (message: string): PayloadProblem => ({ kind: 'not-allowed', message });
  if (!isPlainObject(payload)) return malformed('its payload is not an object');
  if (typeof clause === 'object' && 'aggregate' in clause) {
    if ('records' in payload) return notAllowed(`${recordType} is shared only as monthly totals`);
    if ('continued' in payload && payload.continued !== true)
      return malformed(
        `a part of ${recordType} totals says neither that it continues nor that it starts them`,
      );
    const { aggregate } = clause;
    const rows = isPlainObject(payload.aggregation) ? payload.aggregation.rows : undefined;
    if (!Array.isArray(rows)) return notAllowed(`${recordType} is shared only as monthly totals`);
    const minCount = aggregate.minCount ?? 1;
    for (const row of rows) {
      if (
        !isPlainObject(row) ||
        typeof row.month !== 'string' ||
        !MONTH.test(row.month) ||
        !Number.isInteger(row.count) ||
        !isPlainObject(row.by) ||
        !isPlainObject(row.measures) ||
        !Object.values(row.measures).every(
          (value) => value === null || (typeof value === 'string' && DECIMAL.test(value)),
        )
      )
        return malformed(
          `a ${recordType} total is not a month, a count, its breakdown and its measures (decimal numbers)`,
        );
      const extra = Object.keys(row.measures).filter((measure) => !aggregate.measures.includes(measure));
      if (
        !isDeepStrictEqual(Object.keys(row.by).sort(), [...aggregate.by].sort()) ||
        extra.length > 0 ||
        (row.count as number) < minCount
      )
        return notAllowed(
          `a ${recordType} total breaks its aggregate clause (by ${aggregate.by.join(', ')}, at least ${String(minCount)} records)`,
        );
      const by = isPlainObject(row.by) ? row.by : {};
      const exposed = pseudonymisedFields(clause).find((field) => isClearPersonalDocument(by[field]));
      if (exposed !== undefined)
        return notAllowed(
          `a ${recordType} total names a person's document by ${exposed} in the clear, where the clause has it pseudonymised (a keyed token)`,
        );
    }
    return undefined;
  }
  if ('aggregation' in payload) return notAllowed(`${recordType} is shared as records, not as totals`);
  const expected = clause === 'full' || clause === 'pseudonymised' ? clause : 'fields';
  if (payload.form !== expected)
    return notAllowed(`${recordType} is shared as ${expected}, not ${String(payload.form)}`);
  if (!Array.isArray(payload.records)) return malformed(`its ${recordType} share carries no records`);
  const keys = new Set<string>();
  for (const record of payload.records) {
    if (
      !isPlainObject(record) ||
      record.recordType !== recordType ||
      typeof record.id !== 'string' ||
      record.id === ''
    )
      return malformed(`a record is not a ${recordType} with an id`);
    const provenance = record.provenance;
    const file = isPlainObject(provenance) ? provenance.sourceFile : undefined;
    if (
      !isPlainObject(provenance) ||
      !isPlainObject(file) ||
      typeof file.sha256 !== 'string' ||
      !SHA256.test(file.sha256) ||
      typeof provenance.layout !== 'string' ||
      provenance.layout === '' ||
      provenance.layout.length > MAX_KEY_LENGTH ||
      !Number.isInteger(provenance.row) ||
      (provenance.row as number) < 1
    )
      return malformed(
        `${recordType} ${record.id} lacks its file hash, layout or row: the hub could not cite it`,
      );
    const key = `${provenance.layout}\u0000${record.id}`;
    if (keys.has(key)) return malformed(`${recordType} ${record.id} of ${provenance.layout} comes twice`);
    keys.add(key);
    const pseudonym = clause === 'pseudonymised' ? pseudonymisedProblem(record, recordType) : undefined;
    if (pseudonym !== undefined) return notAllowed(pseudonym);
    const tokened = pseudonymisedFields(clause).map((path) => [path, readField(record, path)] as const);
    // A refusal is kept at the hub: it names no id that could spell the person's document.
    const exposed = tokened.find(([, value]) => isClearPersonalDocument(value));
    if (exposed !== undefined)
      return notAllowed(
        `a ${recordType} record names a person's document by ${exposed[0]} in the clear, where the clause has it pseudonymised (a keyed token)`,
      );
    if (tokened.some(([, value]) => isToken(value)) && !isToken(record.id))
      return notAllowed(
        `a ${recordType} record of a pseudonymised person keeps its record id in the clear, which often spells the person's document`,
      );
    // A node shares its own country's records: another's would reach that country's users as theirs.
    if (!isOwnRecord({ country: record.country, layout: provenance.layout }, senderCountry))
      return notAllowed(
        `${recordType} ${record.id} (layout ${provenance.layout}) is not ${senderCountry}'s to share`,
      );
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
