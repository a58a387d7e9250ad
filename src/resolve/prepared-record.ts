import { identityKeys, type IdentityKey } from './identity-keys.js';
import { foldedWords, prepareOrganisationName, preparePersonName, type PreparedName } from './name-parts.js';
import type { ResolutionRecord } from './resolution-record.js';

/** A record with everything comparisons need computed once. */
export interface PreparedRecord {
  readonly key: string;
  readonly person: boolean;
  readonly name: PreparedName;
  readonly ids: readonly IdentityKey[];
  /** yyyymmdd, or empty. */
  readonly date: string;
  /** Folded address words (all addresses), sorted and unique. */
  readonly address: readonly string[];
  readonly country: string;
  readonly roles: readonly string[];
  readonly encoding?: Uint8Array | undefined;
  readonly nameEncoding?: Uint8Array | undefined;
  readonly birthToken?: string | undefined;
  readonly encodingKeyId?: string | undefined;
}

/** Prepares one record: folding, name parsing, legal forms and identity keys happen here, once. */
export function prepareRecord(record: ResolutionRecord): PreparedRecord {
  const person = record.kind === 'PERSON';
  const name = person
    ? preparePersonName(record.name, {
        given: record.givenNames,
        paternal: record.paternalSurname,
        maternal: record.maternalSurname,
      })
    : prepareOrganisationName(record.name, record.country);
  const address = [...new Set(record.addresses.flatMap(foldedWords))].sort();
  return {
    key: record.key,
    person,
    name,
    ids: identityKeys(record.identifiers, record.invalidIdentifiers),
    date: (record.date ?? '').replace(/[^0-9]/g, ''),
    address,
    country: record.country ?? '',
    roles: record.roles,
    ...(record.encoding === undefined ? {} : { encoding: record.encoding }),
    ...(record.nameEncoding === undefined ? {} : { nameEncoding: record.nameEncoding }),
    ...(record.birthToken === undefined ? {} : { birthToken: record.birthToken }),
    ...(record.encodingKeyId === undefined ? {} : { encodingKeyId: record.encodingKeyId }),
  };
}
