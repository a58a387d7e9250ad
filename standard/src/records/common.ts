import { Type, type TEnum, type TEnumValue, type TObject, type TOptional, type TString } from 'typebox';
import { CanonicalId } from '../canonical-id.js';
import { CountryCode } from '../codes/countries.js';
import { PERIOD_GRANULARITIES, vocabularySchema } from '../codes/vocabularies.js';
import { QualityFlag } from '../quality-flag.js';
import { Provenance } from './provenance.js';

// Shared building blocks of the record schemas. Every record spreads recordBase() into its
// properties, so provenance and flags are uniform and documented once.

/** An ISO 8601 calendar date (yyyy-mm-dd) with what it dates. */
export function isoDate(description: string) {
  return Type.String({ format: 'date', description: `${description} (ISO 8601 date).` });
}

/** An ISO 8601 timestamp with its offset. */
export const IsoDateTime = Type.String({
  format: 'date-time',
  description: 'ISO 8601 timestamp with offset.',
});

/** What a reference's description ends with: readers of the schema (the drafter) tell references by it. */
export const REFERENCE_NOTE = '(canonical identifier or record id).';

/** A reference to another record or party: its canonical identifier where it has one, else its record id. */
export function reference(description: string) {
  return Type.String({ minLength: 1, description: `${description} ${REFERENCE_NOTE}` });
}

/** A non-negative number (masses, areas, amounts). */
export const NonNegative = Type.Number({ minimum: 0 });

/** A fineness as an exact fraction between 0 and 1 (999.9 thousandths = 0.9999). */
export const Fineness = Type.Number({ minimum: 0, maximum: 1, description: 'Fineness as a fraction, 0-1.' });

/** A sum of money in a currency. */
export const Money = Type.Object(
  {
    amount: Type.Number(),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code.' }),
  },
  { additionalProperties: false },
);

/** A reporting period: its granularity and first and last days. */
export const Period = Type.Object(
  {
    granularity: vocabularySchema(PERIOD_GRANULARITIES, 'Length of the period.'),
    start: isoDate('First day'),
    end: isoDate('Last day'),
  },
  { additionalProperties: false, description: 'Reporting period, first and last day inclusive.' },
);

/** An administrative area, from the largest unit (department/province) down. */
export const AdminArea = Type.Object(
  {
    country: CountryCode,
    region: Type.Optional(Type.String({ description: 'Department (PE, CO, BO) or province (EC).' })),
    subregion: Type.Optional(
      Type.String({ description: 'Province (PE), municipality (CO, BO) or canton (EC).' }),
    ),
    locality: Type.Optional(Type.String({ description: 'District (PE) or smaller unit.' })),
    code: Type.Optional(
      Type.String({ description: 'Official code of the smallest unit given (ubigeo, DIVIPOLA).' }),
    ),
  },
  { additionalProperties: false, description: 'Administrative area; names as written.' },
);

/** A harmonised code with the national term it was mapped from. */
export function codedTerm<Values extends TEnumValue[]>(
  values: readonly [...Values],
  description: string,
): TObject<{ code: TEnum<Values>; national: TOptional<TString> }> {
  return Type.Object(
    {
      code: vocabularySchema(values, 'Harmonised code.'),
      national: Type.Optional(Type.String({ description: 'The national term as written in the source.' })),
    },
    { additionalProperties: false, description },
  );
}

/** Properties every record carries: its type, id, provenance and quality flags. */
export function recordBase<const Name extends string>(recordType: Name) {
  return {
    recordType: Type.Literal(recordType, { description: 'The record type.' }),
    id: Type.String({
      minLength: 1,
      description:
        'Record identifier: the canonical identifier where the record has one, else producer-assigned.',
    }),
    country: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{2}$',
        description: 'Country of the agency or register the record comes from.',
      }),
    ),
    provenance: Provenance,
    flags: Type.Array(QualityFlag, { description: 'Data-quality flags raised while reading the record.' }),
  };
}

export { CanonicalId, CountryCode };
