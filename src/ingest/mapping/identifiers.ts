import { Type, type Static } from 'typebox';
import {
  buildCanonicalId,
  buildGlobalId,
  foldForComparison,
  parseCanonicalId,
  qualityFlag,
  resolveCountry,
} from '@veta/standard';
import {
  cell,
  EMPTY,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';
import { termMapping } from './terms.js';

const IdentifierParams = Type.Object(
  {
    use: Type.Literal('identifier'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** A fixed scheme (RUC, NIT, MR, DAM...), or the column that names it per row (TIPO_DOC). */
    scheme: Type.Optional(Type.String()),
    schemeColumn: Type.Optional(Type.String()),
    /** The scheme by the number of digits, for columns mixing documents (EC RUC_CEDULA: 10 CI, 13 RUC). */
    schemeByLength: Type.Optional(Type.Record(Type.String({ pattern: '^[0-9]+$' }), Type.String())),
    /** The country the identifier belongs to; the profile's country by default, or a column's. */
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    countryColumn: Type.Optional(Type.String()),
    checkDigitColumn: Type.Optional(Type.String()),
    /** Values that mean "no identifier" (CO certificates write BAREQUEO where a title would go). */
    none: Type.Optional(Type.Array(Type.String())),
    /** `flag` keeps the row without the identifier when it cannot be built (generic party lists). */
    onFailure: Type.Optional(Type.Union([Type.Literal('reject'), Type.Literal('flag')])),
  },
  { additionalProperties: false },
);

type IdentifierSpec = Static<typeof IdentifierParams>;

/**
 * A canonical identifier COUNTRY:SCHEME:VALUE. A failed check digit is a flag on the record, never
 * a rejection: the identifier may still be how other registers name the same party.
 */
export const identifierTransform: TransformDefinition<typeof IdentifierParams> = {
  name: 'identifier',
  summary: 'A canonical identifier COUNTRY:SCHEME:VALUE, with check-digit flags.',
  params: IdentifierParams,
  run(params, input) {
    const raw = cell(input, params.column);
    if (raw === '' || isNone(raw, params.none)) return EMPTY;
    const result = buildIdentifier(params, raw, input);
    if (result.ok || params.onFailure !== 'flag') return result;
    return value(undefined, [qualityFlag(`UNUSABLE_${result.problem.code}`, result.problem.message)]);
  },
};

function buildIdentifier(params: IdentifierSpec, raw: string, input: TransformInput): TransformResult {
  const scheme =
    params.scheme ?? schemeByLength(raw, params.schemeByLength) ?? schemeOf(input, params.schemeColumn);
  if (scheme === undefined) {
    const term = params.schemeColumn ? cell(input, params.schemeColumn) : `${raw.length} digits`;
    return problem(
      'SCHEME_UNKNOWN',
      `The document type "${term}" in ${params.schemeColumn ?? params.column} is not one Veta knows; add it to the identifier-scheme crosswalk.`,
    );
  }
  const country = countryOf(params, input);
  if (country === undefined)
    return problem('COUNTRY_MISSING', `No country is given for the identifier "${raw}".`);
  return canonical(country, scheme, raw, cell(input, params.checkDigitColumn) || undefined);
}

function isNone(raw: string, none: readonly string[] | undefined): boolean {
  return none?.some((term) => foldForComparison(term) === foldForComparison(raw)) ?? false;
}

function schemeByLength(raw: string, table: Record<string, string> | undefined): string | undefined {
  return table?.[String(raw.replace(/\D/g, '').length)];
}

function countryOf(params: IdentifierSpec, input: TransformInput): string | undefined {
  if (params.country !== undefined) return params.country;
  if (params.countryColumn === undefined) return input.country;
  const term = cell(input, params.countryColumn);
  return term === '' ? undefined : (resolveCountry(term)?.alpha2 ?? term.toUpperCase());
}

/** Builds a canonical identifier, turning the standard's failure into a row problem. */
export function canonical(
  country: string,
  scheme: string,
  raw: string,
  checkDigit?: string,
): TransformResult {
  const built = buildCanonicalId(country, scheme, raw, checkDigit);
  if (!built.ok) return problem(`IDENTIFIER_${built.code}`, `${built.message}.`);
  return value(built.id, built.flags);
}

function schemeOf(input: TransformInput, column: string | undefined): string | undefined {
  const term = cell(input, column);
  if (column === undefined || term === '') return undefined;
  return termMapping(input, column, term)?.code;
}

const CanonicalParams = Type.Object(
  { use: Type.Literal('canonical'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A column that already holds a canonical identifier (as GPS-TRACKS does); checked, not rebuilt. */
export const canonicalTransform: TransformDefinition<typeof CanonicalParams> = {
  name: 'canonical',
  summary: 'A value that is already a canonical identifier.',
  params: CanonicalParams,
  run(params, input) {
    const raw = cell(input, params.column).toUpperCase();
    if (raw === '') return EMPTY;
    if (!parseCanonicalId(raw)) {
      return problem(
        'IDENTIFIER_INVALID',
        `"${raw}" is not a canonical identifier such as PE:RUC:20131312955.`,
      );
    }
    return value(raw);
  },
};

const GlobalIdParams = Type.Object(
  {
    use: Type.Literal('global-id'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    namespace: Type.Union([Type.Literal('SAT'), Type.Literal('AREA')]),
  },
  { additionalProperties: false },
);

/** The identifier of a satellite detection (SAT:<id>) or protected area (AREA:<id>). */
export const globalIdTransform: TransformDefinition<typeof GlobalIdParams> = {
  name: 'global-id',
  summary: 'A global feature identifier: SAT:<id> or AREA:<id>.',
  params: GlobalIdParams,
  run(params, input) {
    const raw = cell(input, params.column);
    return raw === '' ? EMPTY : value(buildGlobalId(params.namespace, raw));
  },
};
