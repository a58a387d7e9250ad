import type { RecordTypeName } from '@veta/standard';
import { isKeyId } from '../../core/keyed-token.js';
import { CLK_BITS, isToken } from '../linkage/person-encoding.js';
import { isPersonalDocument } from '../linkage/personal-identifiers.js';

// What a pseudonymised person may carry: a token for every document, the encoding, no personal field.
const PERSON_KEYS = new Set([
  'recordType',
  'id',
  'country',
  'kind',
  'name',
  'identifiers',
  'roles',
  'addresses',
  'linkage',
  'provenance',
]);
// Fields only a person has: an organisation's nationality or domicile condition is no one's secret.
const PERSONAL_FIELDS = ['personName', 'birthDate', 'politicalExposure'];
const CITATION_KEYS = ['sourceFile', 'layout', 'row'];

/** Whether a shared value is a person's document in the clear, not its keyed token. */
export function isClearPersonalDocument(value: unknown): boolean {
  return typeof value === 'string' && !isToken(value) && isPersonalDocument(value);
}

/**
 * What is wrong with one record shared pseudonymised, or undefined: a natural person only as
 * tokens and an encoding, every reference to a person a token, no record id of a person's
 * relationship or registration in the clear, no source row or file name. The hub checks what it
 * can see: an organisation's number is in the clear, so is a personal document that is not a
 * token, and it refuses that.
 */
export function pseudonymisedProblem(
  record: Record<string, unknown>,
  recordType: RecordTypeName,
): string | undefined {
  const name = `${recordType} ${typeof record.id === 'string' && isToken(record.id) ? record.id : '(id withheld)'}`;
  const provenance = record.provenance as Record<string, unknown>;
  const sourceFile = provenance.sourceFile as Record<string, unknown>;
  if (
    Object.keys(provenance).some((key) => !CITATION_KEYS.includes(key)) ||
    Object.keys(sourceFile).some((key) => key !== 'sha256')
  )
    return `${name} carries provenance beyond its citation (file hash, layout, row): a source row or file name can name the person`;
  if ('flags' in record) return `${name} carries quality flags, which can quote withheld values`;
  if (recordType === 'Party') {
    const person = record.kind === 'PERSON' || isToken(record.id) || isClearPersonalDocument(record.id);
    const identifiers = Array.isArray(record.identifiers) ? record.identifiers : [];
    if (!person)
      return identifiers.some(isClearPersonalDocument) || PERSONAL_FIELDS.some((field) => field in record)
        ? `${name} is an organisation carrying a person's document or personal fields in the clear`
        : undefined;
    if (!isToken(record.id) || record.name !== record.id || !identifiers.every(isToken))
      return `a pseudonymised person carries its name or documents in the clear instead of keyed tokens (TK:<key id>:...)`;
    const extra = Object.keys(record).filter((key) => !PERSON_KEYS.has(key));
    if (extra.length > 0 || (Array.isArray(record.addresses) && record.addresses.length > 0))
      return `${name} carries personal fields (${[...extra, 'addresses'].join(', ')}): a pseudonymised person carries only tokens and its encoding`;
    return linkageProblem(record.linkage, false) ?? undefined;
  }
  if (recordType === 'Relationship') {
    const interests = Array.isArray(record.interests) ? (record.interests as Record<string, unknown>[]) : [];
    const references = [record.subject, record.interestedParty, ...interests.map((interest) => interest.via)];
    if (references.some(isClearPersonalDocument))
      return `${name} names a person's document in the clear instead of its token`;
    if (references.some(isToken) && !isToken(record.id))
      return `a Relationship of a pseudonymised person keeps its record id in the clear, which spells the person's document`;
    return undefined;
  }
  if (recordType === 'Registration') {
    if (isClearPersonalDocument(record.party))
      return `${name} names a person's document in the clear instead of its token`;
    if (isToken(record.party) && (!isToken(record.id) || 'registrationNumber' in record))
      return `a Registration of a pseudonymised person keeps its record id or registration number in the clear`;
    return undefined;
  }
  if (recordType === 'MiningRight') {
    const holders = Array.isArray(record.holders) ? record.holders : [];
    if (holders.some(isClearPersonalDocument))
      return `${name} names a holder's personal document in the clear instead of its token`;
    if (holders.some(isToken) && 'name' in record)
      return `a MiningRight held by a pseudonymised person keeps its name, which often names the holder`;
    return undefined;
  }
  return `${recordType} cannot be shared pseudonymised: only Party, Relationship, Registration and MiningRight can`;
}

/**
 * What is wrong with a person's encoding, or undefined: a key id, a CLK of CLK_BITS bits (the name's,
 * and the whole record's the hub's resolver compares), a birth
 * date as a token, and, beside a name shared in the clear (`withTokens`), the tokens of its documents.
 */
export function linkageProblem(linkage: unknown, withTokens: boolean): string | undefined {
  if (typeof linkage !== 'object' || linkage === null || Array.isArray(linkage))
    return 'a person carries no encoding (linkage: key id, CLK)';
  const value = linkage as Record<string, unknown>;
  const allowed = withTokens
    ? ['keyId', 'clk', 'record', 'born', 'tokens']
    : ['keyId', 'clk', 'record', 'born', 'passport', 'bothSurnames'];
  if (Object.keys(value).some((key) => !allowed.includes(key)))
    return `a person's encoding carries more than ${allowed.join(', ')}`;
  if (!isKeyId(value.keyId)) return "a person's encoding names no key id";
  if (
    typeof value.clk !== 'string' ||
    !/^[A-Za-z0-9_-]+$/.test(value.clk) ||
    Buffer.from(value.clk, 'base64url').length !== CLK_BITS / 8
  )
    return `a person's encoding is not a ${String(CLK_BITS)}-bit filter in base64url`;
  if (
    value.record !== undefined &&
    (typeof value.record !== 'string' ||
      !/^[A-Za-z0-9_-]+$/.test(value.record) ||
      Buffer.from(value.record, 'base64url').length !== CLK_BITS / 8)
  )
    return `a person's record encoding is not a ${String(CLK_BITS)}-bit filter in base64url`;
  if (value.born !== undefined && !isToken(value.born))
    return "a person's encoded birth date is not a keyed token";
  for (const fact of ['passport', 'bothSurnames'])
    if (value[fact] !== undefined && value[fact] !== true)
      return `a person's ${fact} is said only when true, not as ${JSON.stringify(value[fact])}`;
  if (withTokens && !(Array.isArray(value.tokens) && value.tokens.every(isToken)))
    return "a person's document tokens are not keyed tokens";
  return undefined;
}

/** What is wrong with an encoding sent beside a record shared in the clear: only a person's, beside their name. */
export function sharedEncodingProblem(record: Record<string, unknown>, linkage: unknown): string | undefined {
  if (
    record.recordType !== 'Party' ||
    record.kind !== 'PERSON' ||
    (record.name === undefined && record.personName === undefined)
  )
    return `${String(record.recordType)} ${String(record.id)} carries an encoding, which goes only beside a person's name`;
  // Each part of the encoding goes only beside the field it encodes, or it would tell what the clause withholds.
  if (typeof linkage === 'object' && linkage !== null && 'born' in linkage && record.birthDate === undefined)
    return `person ${String(record.id)} carries a token of a birth date the record does not share`;
  return linkageProblem(linkage, record.identifiers !== undefined);
}
