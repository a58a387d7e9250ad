import { Type } from 'typebox';
import { buildCanonicalId, buildGlobalId, mapTerm, parseCanonicalId } from '@veta/standard';
import {
  cell,
  EMPTY,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';

const IdentifierParams = Type.Object(
  {
    use: Type.Literal('identifier'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** A fixed scheme (RUC, NIT, MR, DAM...), or the column that names it per row (TIPO_DOC). */
    scheme: Type.Optional(Type.String()),
    schemeColumn: Type.Optional(Type.String()),
    /** The country the identifier belongs to; the profile's country by default. */
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    checkDigitColumn: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

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
    if (raw === '') return EMPTY;
    const scheme = params.scheme ?? schemeOf(input, params.schemeColumn);
    if (scheme === undefined) {
      const term = cell(input, params.schemeColumn);
      return problem(
        'SCHEME_UNKNOWN',
        `The document type "${term}" in ${params.schemeColumn ?? '?'} is not one Veta knows; add it to the identifier-scheme crosswalk.`,
      );
    }
    const country = params.country ?? input.country;
    if (country === undefined)
      return problem('COUNTRY_MISSING', 'The profile names no country for this identifier.');
    return canonical(country, scheme, raw, cell(input, params.checkDigitColumn) || undefined);
  },
};

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
  return mapTerm(input.layout, column, term)?.code;
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
