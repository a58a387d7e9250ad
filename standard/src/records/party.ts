import { Type, type Static } from 'typebox';
import {
  DOMICILE_CONDITIONS,
  PARTY_KINDS,
  PARTY_ROLES,
  PEP_STATUSES,
  REGISTRATION_STATUSES,
  vocabularySchema,
} from '../codes/vocabularies.js';
import { CanonicalId, CountryCode, codedTerm, isoDate, recordBase } from './common.js';

// Aligned with BODS 0.4 person and entity statements: names as given, identifiers, addresses,
// birthDate / foundingDate, nationalities, politicalExposure. Veta adds parsed name parts and roles.

/** A person's name taken apart; surnames keep their particles (de, del, de la, de los). */
export const PersonNameParts = Type.Object(
  {
    givenNames: Type.Optional(Type.String({ description: 'Given names, e.g. María del Carmen.' })),
    paternalSurname: Type.Optional(
      Type.String({ description: 'First (paternal) surname with its particles.' }),
    ),
    maternalSurname: Type.Optional(
      Type.String({ description: 'Second (maternal) surname with its particles.' }),
    ),
  },
  { additionalProperties: false, description: 'Parsed parts of a person name, original spelling kept.' },
);
export type PersonNameParts = Static<typeof PersonNameParts>;

/** An organisation's legal form, from the GLEIF entity legal form (ISO 20275) list. */
export const LegalForm = Type.Object(
  {
    elfCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{4}$', description: 'ISO 20275 ELF code.' })),
    name: Type.String({ description: 'Local name of the legal form, e.g. Sociedad Anónima Cerrada.' }),
    abbreviation: Type.Optional(Type.String({ description: 'Abbreviation, e.g. SAC.' })),
  },
  { additionalProperties: false },
);
export type LegalForm = Static<typeof LegalForm>;

/** A postal or fiscal address, as given. */
export const Address = Type.Object(
  {
    type: Type.Optional(Type.Enum(['registered', 'business', 'residence', 'alternative'])),
    address: Type.String({ description: 'Full address as written.' }),
    locality: Type.Optional(Type.String()),
    region: Type.Optional(Type.String()),
    postCode: Type.Optional(Type.String()),
    country: Type.Optional(CountryCode),
  },
  { additionalProperties: false },
);

/** A person, organisation, cooperative or state body. */
export const Party = Type.Object(
  {
    ...recordBase('Party'),
    kind: vocabularySchema(PARTY_KINDS, 'What the party is.'),
    name: Type.String({ minLength: 1, description: 'Full name as given in the source.' }),
    personName: Type.Optional(PersonNameParts),
    organisationName: Type.Optional(
      Type.Object(
        {
          legalName: Type.String({ description: 'Name without its legal form.' }),
          legalForm: Type.Optional(LegalForm),
        },
        { additionalProperties: false, description: 'Parsed name of an organisation.' },
      ),
    ),
    identifiers: Type.Array(CanonicalId, {
      description: 'Canonical identifiers (RUC, DNI, NIT, CC, CI, NIM...).',
    }),
    jurisdiction: Type.Optional(CountryCode),
    nationalities: Type.Optional(Type.Array(CountryCode, { description: 'Nationalities of a person.' })),
    roles: Type.Array(vocabularySchema(PARTY_ROLES, 'Role in the minerals chain.'), {
      description: 'Roles the party plays in the minerals chain.',
    }),
    addresses: Type.Array(Address, { description: 'Addresses as given.' }),
    birthDate: Type.Optional(isoDate('Date of birth of a person')),
    foundingDate: Type.Optional(isoDate('Date of incorporation of an organisation')),
    status: Type.Optional(codedTerm(REGISTRATION_STATUSES, 'Status in the register the record comes from.')),
    domicileCondition: Type.Optional(codedTerm(DOMICILE_CONDITIONS, 'Whether the tax domicile was located.')),
    politicalExposure: Type.Optional(
      Type.Object(
        {
          status: vocabularySchema(PEP_STATUSES, 'BODS politically-exposed status.'),
          details: Type.Optional(Type.String({ description: 'Office held, source list, dates.' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    title: 'Party',
    description: 'A person, organisation, cooperative or state body.',
  },
);
export type Party = Static<typeof Party>;
