import { Type, type Static } from 'typebox';
import {
  REGISTERS,
  REGISTRATION_CLASSES,
  REGISTRATION_STATUSES,
  vocabularySchema,
} from '../codes/vocabularies.js';
import { AdminArea, codedTerm, isoDate, recordBase, reference } from './common.js';

/** A party's entry in a national register (RUCOM, REINFO, NIM, controlled-inputs users...). */
export const Registration = Type.Object(
  {
    ...recordBase('Registration'),
    register: vocabularySchema(REGISTERS, 'The register.'),
    party: reference('Registered party'),
    registrationNumber: Type.Optional(Type.String({ description: 'Number of the entry in the register.' })),
    class: Type.Optional(codedTerm(REGISTRATION_CLASSES, 'What the party is registered as.')),
    status: codedTerm(REGISTRATION_STATUSES, 'Status of the entry.'),
    miningRight: Type.Optional(reference('Mining right the registration is tied to')),
    adminArea: Type.Optional(AdminArea),
    validFrom: Type.Optional(isoDate('First day of validity')),
    validTo: Type.Optional(isoDate('Last day of validity')),
  },
  {
    additionalProperties: false,
    title: 'Registration',
    description: "A party's entry in a national register.",
  },
);
export type Registration = Static<typeof Registration>;
