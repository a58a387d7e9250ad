import type { ResolutionRecord } from '../../resolve/resolution-record.js';
import type { LinkageKey } from './linkage-key.js';
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
