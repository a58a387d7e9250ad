import { Type } from 'typebox';
import { resolveCountry } from '@veta/standard';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const AddressParams = Type.Object(
  {
    use: Type.Literal('address'),
    /** The address line as written. */
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    type: Type.Optional(
      Type.Union([
        Type.Literal('registered'),
        Type.Literal('business'),
        Type.Literal('residence'),
        Type.Literal('alternative'),
      ]),
    ),
    localityColumn: Type.Optional(Type.String()),
    regionColumn: Type.Optional(Type.String()),
    postCodeColumn: Type.Optional(Type.String()),
    /** The country: fixed, or a column's name or code. */
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    countryColumn: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** One address of a party, { address, locality, region, postCode, country }, from its columns. */
export const addressTransform: TransformDefinition<typeof AddressParams> = {
  name: 'address',
  summary: 'An address object built from an address line and optional locality, region, post code, country.',
  params: AddressParams,
  run(params, input) {
    const address = cell(input, params.column);
    if (address === '') return EMPTY;
    const countryTerm = cell(input, params.countryColumn);
    const country = countryTerm === '' ? params.country : resolveCountry(countryTerm)?.alpha2;
    if (country === undefined && countryTerm !== '') {
      return problem('COUNTRY_UNKNOWN', `"${countryTerm}" is not a country Veta knows.`);
    }
    const parts = {
      type: params.type,
      address,
      locality: cell(input, params.localityColumn) || undefined,
      region: cell(input, params.regionColumn) || undefined,
      postCode: cell(input, params.postCodeColumn) || undefined,
      country,
    };
    return value(Object.fromEntries(Object.entries(parts).filter(([, part]) => part !== undefined)));
  },
};
