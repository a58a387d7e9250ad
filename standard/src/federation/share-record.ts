import type { RecordTypeName, StandardRecord } from '../records/catalogue.js';
import { CITATION_FIELDS } from './citation-fields.js';
import type { ClauseInForce } from './clause.js';
import { covers, readField, writeField } from './field-paths.js';

/** A record, or part of one, as a node sends it: plain JSON data. */
export type SharedFields = Readonly<Record<string, unknown>>;

/** What one record becomes under a clause: itself, some of its fields, a pseudonym, or nothing. */
export type ShareOutcome =
  | { readonly kind: 'full'; readonly record: SharedFields }
  | { readonly kind: 'fields'; readonly record: SharedFields }
  | { readonly kind: 'pseudonymised'; readonly record: SharedFields }
  | { readonly kind: 'withheld'; readonly reason: string };

/** How a node replaces persons inside fields and totals by keyed tokens. */
export interface PersonTokens {
  readonly value: (value: string) => string;
  readonly recordId: (id: string) => string;
}

/** What sharing needs from the node beyond the agreement. */
export interface ShareOptions {
  /**
   * Replaces a record's identities by pseudonyms under the node's key; without it none is shared.
   * Undefined for a record it cannot pseudonymise, which is then withheld.
   */
  readonly pseudonymise?: (record: StandardRecord, recordType: RecordTypeName) => SharedFields | undefined;
  /**
   * A natural person's encoding (keyed tokens of their documents, the CLK of their name) to send
   * beside their name wherever a clause shares it, so the hub can compare them with persons other
   * nodes share pseudonymised. Undefined for a record that is not a person.
   */
  readonly encodePerson?: (record: StandardRecord) => SharedFields | undefined;
  /**
   * What a clause's `pseudonymised` fields go through: `value`, a value that names a natural person
   * (their id or a personal document) as its keyed token and any other value as it is; `recordId`,
   * the id of a record one of whose such fields names a person, as a token (an id often spells the
   * document). Without them, nothing of such a record type is sent.
   */
  readonly tokens?: PersonTokens;
}

/**
 * What of one record the clause in force lets its node send (see `clauseFor`), as a copy. A
 * clause that cannot be applied as written withholds the record: a node never falls back to
 * sending more.
 */
export function shareRecord(
  record: StandardRecord,
  recordType: RecordTypeName,
  inForce: ClauseInForce,
  options: ShareOptions = {},
): ShareOutcome {
  if (record.recordType !== recordType)
    throw new TypeError(`A ${record.recordType} record was shared as a ${recordType}`);
  if (inForce.clause === 'none') return { kind: 'withheld', reason: inForce.reason };
  const { clause } = inForce;
  if (clause === 'full')
    return { kind: 'full', record: withEncoding(structuredClone(record), record, options) };
  if (clause === 'pseudonymised') {
    if (options.pseudonymise === undefined)
      return { kind: 'withheld', reason: 'no pseudonymisation key is configured' };
    const pseudonymised = options.pseudonymise(record, recordType);
    if (pseudonymised === undefined)
      return { kind: 'withheld', reason: `this node cannot pseudonymise ${recordType} records` };
    return { kind: 'pseudonymised', record: pseudonymised };
  }
  if ('aggregate' in clause)
    return { kind: 'withheld', reason: `${recordType} is shared only as monthly totals (aggregateRecords)` };
  const picked = pickFields(record, [...CITATION_FIELDS, ...clause.fields]);
  const { pseudonymised = [] } = clause;
  if (pseudonymised.length > 0) {
    const { tokens } = options;
    if (tokens === undefined) return { kind: 'withheld', reason: 'no pseudonymisation key is configured' };
    let ofPerson = false;
    for (const path of pseudonymised) {
      const value = readField(picked, path);
      if (typeof value !== 'string') continue;
      const token = tokens.value(value);
      ofPerson ||= token !== value;
      writeField(picked, path, token);
    }
    if (ofPerson && typeof picked.id === 'string') picked.id = tokens.recordId(picked.id);
  }
  return { kind: 'fields', record: withEncoding(picked, record, options) };
}

// Only where the person's name goes too, and each part only beside the field it encodes: the
// birth date's token where the birth date is shared, the documents' tokens where the documents
// are. The encoding tells the hub no more than the fields beside it.
function withEncoding(shared: SharedFields, record: StandardRecord, options: ShareOptions): SharedFields {
  if (options.encodePerson === undefined || (shared.name === undefined && shared.personName === undefined))
    return shared;
  const linkage = options.encodePerson(record);
  if (linkage === undefined) return shared;
  const { born, tokens, ...rest } = linkage;
  return {
    ...shared,
    linkage: {
      ...rest,
      ...(born !== undefined && shared.birthDate !== undefined ? { born } : {}),
      ...(tokens !== undefined && shared.identifiers !== undefined ? { tokens } : {}),
    },
  };
}

// Values are copied, never the record's own objects (nor is a full record): whatever the share
// goes through next (a signature, a queue) cannot change the node's record, nor the record the share.
function pickFields(record: StandardRecord, paths: readonly string[]): Record<string, unknown> {
  const shared: Record<string, unknown> = {};
  const outermost = paths.filter(
    (path, index) =>
      paths.indexOf(path) === index && !paths.some((other) => other !== path && covers(other, path)),
  );
  for (const path of outermost) {
    const value = readField(record, path);
    if (value !== undefined) writeField(shared, path, structuredClone(value));
  }
  return shared;
}
