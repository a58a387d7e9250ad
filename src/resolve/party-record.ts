import type { PartyForResolution } from '../store/entities/entity-repository.js';
import type { ResolutionRecord } from './resolution-record.js';
import { isToken } from '../core/keyed-token.js';

/** The record key of a stored party: its layout and id, which together are its primary key. */
export function recordKey(layout: string, id: string): string {
  return `${layout}/${id}`;
}

/**
 * A stored party as entity resolution reads it. A person a node shared pseudonymised is named by
 * a token, which says nothing: the resolver compares them by their record encoding alone.
 */
export function partyToRecord(party: PartyForResolution): ResolutionRecord {
  const scheme = (id: string): string => id.split(':')[1] ?? '';
  return {
    key: recordKey(party.layout, party.id),
    kind: party.kind === 'PERSON' ? 'PERSON' : 'ORGANISATION',
    name: isToken(party.name) ? '' : party.name,
    ...(party.encoding === null ? {} : { encoding: Buffer.from(party.encoding, 'base64url') }),
    ...(party.nameEncoding === null ? {} : { nameEncoding: Buffer.from(party.nameEncoding, 'base64url') }),
    ...(party.birthToken === null ? {} : { birthToken: party.birthToken }),
    ...(party.encodingKeyId === null ? {} : { encodingKeyId: party.encodingKeyId }),
    givenNames: party.given ?? undefined,
    paternalSurname: party.paternal ?? undefined,
    maternalSurname: party.maternal ?? undefined,
    identifiers: [...party.identifiers, ...party.documentTokens],
    invalidIdentifiers: party.identifiers.filter((id) => party.failedSchemes.includes(scheme(id))),
    date: party.date ?? undefined,
    addresses: party.addresses.filter((address) => address.trim() !== ''),
    country: party.country ?? undefined,
    roles: party.roles,
  };
}
