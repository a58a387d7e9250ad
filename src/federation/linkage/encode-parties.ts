import type { ResolutionRecord } from '../../resolve/resolution-record.js';
import type { LinkageKey } from './linkage-key.js';
import { identifierToken, personEncoding } from './person-encoding.js';
import { recordEncoding, type RecordEncodingOptions, type RecordFields } from './record-encoding.js';

/** A person a node holds: its record key there and what of them goes into the filter. */
export interface PartyFields extends RecordFields {
  readonly key: string;
}

/**
 * A node's persons as the hub receives them: each record its key and its record encoding
 * (recordEncoding) under the region's linkage key, and nothing else: no name, identifier, address
 * or date in the clear. The hub's resolver compares such records by the filters alone (Dice bands
 * and LSH blocking), and only with records encoded under the same key.
 */
export function encodeParties(
  linkage: LinkageKey,
  parties: readonly PartyFields[],
  options: RecordEncodingOptions = {},
): ResolutionRecord[] {
  return parties.map((party) => ({
    key: party.key,
    kind: 'PERSON',
    name: '',
    identifiers: [],
    addresses: [],
    roles: [],
    encoding: recordEncoding(linkage, party, options),
  }));
}

/**
 * A node's persons as the hub holds them once shared pseudonymised (pseudonymise.ts, read back by
 * party-record.ts): their documents as keyed tokens, the name's encoding, the birth date as a
 * token, and the record encoding of name and birth date, only where a birth date is known.
 */
export function encodePseudonymised(
  linkage: LinkageKey,
  parties: readonly PartyFields[],
  country: string,
): ResolutionRecord[] {
  return parties.map((party) => {
    const encoding = personEncoding(linkage, party.name, party.birthDate);
    return {
      key: party.key,
      kind: 'PERSON',
      name: '',
      identifiers: (party.documents ?? []).map((document) => identifierToken(linkage, document)),
      addresses: [],
      roles: [],
      country,
      nameEncoding: Buffer.from(encoding.clk, 'base64url'),
      ...(encoding.born === undefined ? {} : { birthToken: encoding.born }),
      ...(party.birthDate === undefined
        ? {}
        : { encoding: recordEncoding(linkage, { name: party.name, birthDate: party.birthDate }) }),
      encodingKeyId: linkage.keyId,
    };
  });
}
