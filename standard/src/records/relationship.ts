import { Type, type Static } from 'typebox';
import { DIRECT_OR_INDIRECT, INTEREST_TYPES, vocabularySchema } from '../codes/vocabularies.js';
import { isoDate, recordBase, reference } from './common.js';

// BODS 0.4 relationship statement: subject, interestedParty, interests[] with type,
// directOrIndirect, share (exact or range) and dates.

/** A share of an interest, exact or as a range, in per cent. */
export const Share = Type.Object(
  {
    exact: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    minimum: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    maximum: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    exclusiveMinimum: Type.Optional(Type.Boolean()),
    exclusiveMaximum: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, description: 'Share in per cent (BODS share object).' },
);

/** One interest an interested party holds in a subject. */
export const Interest = Type.Object(
  {
    type: vocabularySchema(INTEREST_TYPES, 'Nature of the interest (BODS interestType).'),
    national: Type.Optional(Type.String({ description: 'National term, e.g. PROPIEDAD, TITULARIDAD.' })),
    directOrIndirect: vocabularySchema(DIRECT_OR_INDIRECT, 'Whether the interest is held directly.'),
    via: Type.Optional(reference('Party through which an indirect interest is held')),
    beneficialOwnershipOrControl: Type.Optional(Type.Boolean()),
    share: Type.Optional(Share),
    startDate: Type.Optional(isoDate('Date the interest began')),
    endDate: Type.Optional(isoDate('Date the interest ended')),
  },
  { additionalProperties: false },
);

/** A relationship between a subject (an entity) and an interested party (person or entity). */
export const Relationship = Type.Object(
  {
    ...recordBase('Relationship'),
    subject: reference('Entity in which the interest is held'),
    interestedParty: reference('Party holding the interest'),
    interests: Type.Array(Interest, { minItems: 1 }),
    declaredOn: Type.Optional(isoDate('Date of the declaration')),
  },
  {
    additionalProperties: false,
    title: 'Relationship',
    description: 'Ownership or control of a subject by a party.',
  },
);
export type Relationship = Static<typeof Relationship>;
