import type { ShareOptions, SharedFields, StandardRecord } from '@veta/standard';
import { identifierToken, personEncoding } from './person-encoding.js';
import { isPersonalDocument } from './personal-identifiers.js';
import { recordEncoding } from './record-encoding.js';
import type { LinkageKey } from './linkage-key.js';

/**
 * The share options of a node that holds the linkage key: pseudonymised Party, Relationship,
 * Registration and MiningRight records, totals by a person as their token, and the encoding of
 * every person shared in the clear. `persons` are the
 * ids and documents of the node's natural persons (its Party records of kind PERSON): a reference
 * to one of them, or to any personal document, becomes its token wherever it appears.
 */
export function linkageShareOptions(
  linkage: LinkageKey,
  persons: ReadonlySet<string>,
): Required<Pick<ShareOptions, 'pseudonymise' | 'encodePerson' | 'tokens'>> & { linkageKeyId: string } {
  const isPerson = (id: string): boolean => persons.has(id) || isPersonalDocument(id);
  const reference = (id: string): string => (isPerson(id) ? identifierToken(linkage, id) : id);
  // A record id often spells the person's document (PE:BF:20123::DNI:41234567:PROPIEDAD).
  const recordId = (id: string, ofPerson: boolean): string =>
    ofPerson ? identifierToken(linkage, id, 'record') : id;
  const encode = (party: Extract<StandardRecord, { recordType: 'Party' }>): SharedFields => {
    const parts = party.personName;
    const name =
      parts === undefined
        ? party.name
        : [parts.givenNames, parts.paternalSurname, parts.maternalSurname].join(' ');
    // Places and documents differ from one country's register to another's: across borders a
    // person is known again by name and birth date. Without the birth date, namesakes (common in
    // the Andes) would share one encoding: none is sent, as CROSS_BORDER_CONTROL requires it too.
    const encoding = personEncoding(linkage, name, party.birthDate);
    if (party.birthDate === undefined) return encoding;
    const record = recordEncoding(linkage, { name, birthDate: party.birthDate }).toString('base64url');
    return { ...encoding, record };
  };
  return {
    linkageKeyId: linkage.keyId,
    pseudonymise(record) {
      const citation = citationOf(record);
      if (record.recordType === 'Party') {
        if (record.kind !== 'PERSON' && !isPerson(record.id)) {
          return { ...bodyOf(record), provenance: citation };
        }
        // Nothing personal travels: no name, birth date, address, nationality, status.
        const id = identifierToken(linkage, record.id);
        return {
          recordType: 'Party',
          id,
          country: record.country,
          kind: 'PERSON',
          name: id,
          identifiers: [...new Set(record.identifiers.map((document) => identifierToken(linkage, document)))],
          roles: [...record.roles],
          addresses: [],
          linkage: { ...encode(record), ...identityFacts(record) },
          provenance: citation,
        };
      }
      if (record.recordType === 'Relationship') {
        const ofPerson = isPerson(record.subject) || isPerson(record.interestedParty);
        return {
          ...bodyOf(record),
          id: recordId(record.id, ofPerson),
          subject: reference(record.subject),
          interestedParty: reference(record.interestedParty),
          interests: record.interests.map((interest) =>
            interest.via === undefined ? { ...interest } : { ...interest, via: reference(interest.via) },
          ),
          provenance: citation,
        };
      }
      if (record.recordType === 'Registration') {
        const { registrationNumber, ...registration } = bodyOf(record);
        const ofPerson = isPerson(record.party);
        // A person's registration number is often their document (a RUC 10 holds the DNI).
        return {
          ...registration,
          ...(ofPerson || registrationNumber === undefined ? {} : { registrationNumber }),
          id: recordId(record.id, ofPerson),
          party: reference(record.party),
          provenance: citation,
        };
      }
      if (record.recordType === 'MiningRight') {
        const { name, ...right } = bodyOf(record);
        const holders = record.holders.map(reference);
        // A small miner's right is often named after its holder ("Minera Juan Quispe").
        const heldByPerson = record.holders.some(isPerson);
        return {
          ...right,
          ...(heldByPerson || name === undefined ? {} : { name }),
          holders,
          provenance: citation,
        };
      }
      return undefined;
    },
    tokens: { value: reference, recordId: (id) => recordId(id, true) },
    encodePerson(record) {
      if (record.recordType !== 'Party' || record.kind !== 'PERSON') return undefined;
      const tokens = [
        ...new Set([record.id, ...record.identifiers].map((document) => identifierToken(linkage, document))),
      ];
      return { ...encode(record), tokens };
    },
  };
}

// A copy of the record without its provenance and quality flags, which can quote any source value.
function bodyOf(record: StandardRecord): Record<string, unknown> {
  const body: Record<string, unknown> = structuredClone({ ...record });
  delete body.provenance;
  delete body.flags;
  return body;
}

// What cites a record at the hub (CITATION_FIELDS): never the source row nor the file's name.
function citationOf(record: StandardRecord): SharedFields {
  const { provenance } = record;
  return {
    sourceFile: { sha256: provenance.sourceFile.sha256 },
    layout: provenance.layout,
    row: provenance.row,
  };
}

/**
 * Two facts the hub needs to join a person across borders where a register gives no birth date, as
 * the plaintext rule does (CROSS_BORDER_CONTROL): whether the document is a passport, and whether
 * both surnames are given. Neither can be read from a token or a filter; each is sent only when true.
 */
function identityFacts(party: Extract<StandardRecord, { recordType: 'Party' }>): {
  passport?: true;
  bothSurnames?: true;
} {
  const passport = [party.id, ...party.identifiers].some((id) => id.includes(':PASSPORT:'));
  const given = (surname: string | undefined): boolean => (surname?.trim() ?? '') !== '';
  const bothSurnames = given(party.personName?.paternalSurname) && given(party.personName?.maternalSurname);
  return { ...(passport ? { passport: true } : {}), ...(bothSurnames ? { bothSurnames: true } : {}) };
}
