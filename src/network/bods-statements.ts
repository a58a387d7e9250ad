import { createHash } from 'node:crypto';
import { resolveCountry } from '@veta/standard';

// BODS 0.4 (Beneficial Ownership Data Standard): statements about entity, person and relationship
// records. The standard's Relationship is already BODS-shaped; this maps Veta's records onto it.

export interface BodsStatement {
  statementId: string;
  declarationSubject: string;
  statementDate: string;
  recordId: string;
  recordType: 'entity' | 'person' | 'relationship';
  recordDetails: Record<string, unknown>;
  publicationDetails: { publicationDate: string; bodsVersion: '0.4'; publisher: { name: string } };
  source: { type: ['officialRegister']; description: string };
}

/** A party as stored: its canonical id, kind, and the standard record's body. */
export interface PartyRecord {
  id: string;
  kind: string | null;
  body: Record<string, unknown>;
  where: string;
}

/** A relationship as stored. */
export interface RelationshipRecord {
  id: string;
  subject: string;
  interestedParty: string;
  interests: Record<string, unknown>[];
  declaredOn: string | null;
  where: string;
}

/** `PE:RUC:20123456789` as a BODS identifier: the number under a country-qualified scheme. */
export function bodsIdentifier(canonical: string): { id: string; scheme: string; schemeName: string } {
  const [country = '', scheme = '', ...rest] = canonical.split(':');
  return { id: rest.join(':'), scheme: `${country}-${scheme}`, schemeName: `${scheme} (${country})` };
}

function statement(
  recordType: BodsStatement['recordType'],
  recordId: string,
  declarationSubject: string,
  recordDetails: Record<string, unknown>,
  date: { statement: string; publication: string },
  where: string,
): BodsStatement {
  const statementId = createHash('sha256')
    .update(JSON.stringify([recordType, recordId, date.statement, recordDetails]))
    .digest('hex');
  return {
    statementId,
    declarationSubject,
    statementDate: date.statement,
    recordId,
    recordType,
    recordDetails,
    publicationDetails: {
      publicationDate: date.publication,
      bodsVersion: '0.4',
      publisher: { name: 'Veta' },
    },
    source: { type: ['officialRegister'], description: where },
  };
}

/** The statement about a party: a person record for natural persons, an entity record otherwise. */
export function partyStatement(party: PartyRecord, today: string): BodsStatement {
  const body = party.body;
  const identifiers = (Array.isArray(body.identifiers) ? (body.identifiers as string[]) : [party.id]).map(
    bodsIdentifier,
  );
  const name = typeof body.name === 'string' ? body.name : undefined;
  const date = { statement: today, publication: today };
  if (party.kind === 'PERSON') {
    const parts = (body.personName ?? {}) as Record<string, string | undefined>;
    const familyName = [parts.paternalSurname, parts.maternalSurname].filter(Boolean).join(' ');
    return statement(
      'person',
      party.id,
      party.id,
      {
        isComponent: false,
        personType: 'knownPerson',
        names: name
          ? [
              {
                type: 'legal',
                fullName: name,
                givenName: parts.givenNames,
                familyName: familyName || undefined,
              },
            ]
          : [],
        identifiers,
        nationalities: (Array.isArray(body.nationalities) ? (body.nationalities as string[]) : []).map(
          bodsCountry,
        ),
        birthDate: body.birthDate,
      },
      date,
      party.where,
    );
  }
  return statement(
    'entity',
    party.id,
    party.id,
    {
      isComponent: false,
      entityType: { type: 'registeredEntity' },
      name,
      jurisdiction: bodsCountry(party.id.slice(0, 2)),
      identifiers,
      foundingDate: body.foundingDate,
    },
    date,
    party.where,
  );
}

/**
 * A country as BODS names it: the name is required, the code optional. Names come from the
 * standard's country list; a code outside it keeps the code as its name rather than losing it.
 */
export function bodsCountry(code: string): { name: string; code: string } {
  return { name: resolveCountry(code)?.nameEn ?? code, code };
}

// Interest types of the standard that BODS names otherwise; the national term travels in details.
const BODS_INTEREST: Readonly<Record<string, string>> = {
  legalRepresentative: 'seniorManagingOfficial',
  nominee: 'otherInfluenceOrControl',
};

/** The statement about a relationship, declared about its subject. */
export function relationshipStatement(relationship: RelationshipRecord, today: string): BodsStatement {
  const interests = relationship.interests.map((interest) => {
    const type = String(interest.type);
    return {
      type: BODS_INTEREST[type] ?? type,
      details:
        [BODS_INTEREST[type] ? type : undefined, interest.national].filter(Boolean).join(': ') || undefined,
      directOrIndirect: interest.directOrIndirect,
      beneficialOwnershipOrControl: interest.beneficialOwnershipOrControl,
      share: interest.share,
      startDate: interest.startDate,
      endDate: interest.endDate,
    };
  });
  return statement(
    'relationship',
    relationship.id,
    relationship.subject,
    {
      isComponent: false,
      subject: relationship.subject,
      interestedParty: relationship.interestedParty,
      interests,
    },
    { statement: relationship.declaredOn ?? today, publication: today },
    relationship.where,
  );
}
