import { Type } from 'typebox';
import { countryByImfCode, mapTerm, resolveCountry, type TermMapping } from '@veta/standard';
import {
  cell,
  EMPTY,
  listItems,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';

const ConstParams = Type.Object(
  { use: Type.Literal('const'), value: Type.Unknown() },
  { additionalProperties: false },
);

/** A value the layout implies for every row (PE-COMPRAS rows are all purchases of gold). */
export const constTransform: TransformDefinition<typeof ConstParams> = {
  name: 'const',
  summary: 'The same value for every row.',
  params: ConstParams,
  run: (params) => value(params.value),
};

const TextParams = Type.Object(
  { use: Type.Literal('text'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** The column's text as written: original spelling, accents and ñ kept, outer spaces trimmed. */
export const textTransform: TransformDefinition<typeof TextParams> = {
  name: 'text',
  summary: 'Text as written, trimmed.',
  params: TextParams,
  run(params, input) {
    const text = cell(input, params.column);
    return text === '' ? EMPTY : value(text);
  },
};

const TemplateParams = Type.Object(
  {
    use: Type.Literal('template'),
    template: Type.String({ minLength: 1 }),
    required: Type.Optional(Type.Boolean()),
    /** Used when `template` comes out empty, e.g. a name assembled from its parts. */
    otherwise: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

const PLACEHOLDER = /\{([^}?]+)(\??)\}/g;

/** The columns a template names, {COLUMN} or {COLUMN?}. */
export function templateColumns(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}

/** The columns a template may find empty, {COLUMN?}. */
export function optionalTemplateColumns(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].flatMap((match) =>
    match[1] !== undefined && match[2] === '?' ? [match[1]] : [],
  );
}

/** The template with each column it names replaced by `rename`'s, a placeholder that may be empty kept so. */
export function renameTemplateColumns(template: string, rename: (column: string) => string): string {
  return template.replace(
    PLACEHOLDER,
    (_whole, column: string, optional: string) => `{${rename(column)}${optional}}`,
  );
}

/**
 * Text built from columns, `{COLUMN}` for each; empty when a named column is empty, except those
 * written `{COLUMN?}`, which may be (a maternal surname, a mining right a subsistence miner lacks).
 */
export const templateTransform: TransformDefinition<typeof TemplateParams> = {
  name: 'template',
  summary: 'Text assembled from columns: {COLUMN} is replaced by its value, {COLUMN?} may be empty.',
  params: TemplateParams,
  run(params, input) {
    const text = fillTemplate(params.template, input);
    if (text !== undefined || params.otherwise === undefined) return text === undefined ? EMPTY : value(text);
    const fallback = fillTemplate(params.otherwise, input);
    return fallback === undefined ? EMPTY : value(fallback);
  },
};

function fillTemplate(template: string, input: TransformInput): string | undefined {
  const placeholders = [...template.matchAll(PLACEHOLDER)];
  if (placeholders.some((match) => match[2] === '' && cell(input, match[1]) === '')) return undefined;
  if (placeholders.length > 0 && placeholders.every((match) => cell(input, match[1]) === ''))
    return undefined;
  const text = template.replace(PLACEHOLDER, (_, column: string) => cell(input, column));
  return text.replace(/\s+/g, ' ').trim();
}

const CrosswalkParams = Type.Object(
  {
    use: Type.Literal('crosswalk'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** `coded` keeps the national term beside the code ({ code, national }); `code` gives the code alone. */
    output: Type.Optional(Type.Union([Type.Literal('coded'), Type.Literal('code')])),
  },
  { additionalProperties: false },
);

/** A national term mapped through the standard's crosswalk for this layout's column. */
export const crosswalkTransform: TransformDefinition<typeof CrosswalkParams> = {
  name: 'crosswalk',
  summary: "A national term mapped to the standard's harmonised code.",
  params: CrosswalkParams,
  run(params, input) {
    const term = cell(input, params.column);
    if (term === '') return EMPTY;
    const code = crosswalkCode(input, params.column, term);
    if (typeof code !== 'string') return code;
    return value(params.output === 'code' ? code : { code, national: term });
  },
};

/** A term of a layout's column through the crosswalk its profile names, else the standard's for it. */
export function termMapping(input: TransformInput, column: string, term: string): TermMapping | undefined {
  return mapTerm(input.layout, column, term, input.crosswalks[column]);
}

/** The harmonised code of a term, or the problem that explains why there is none. */
export function crosswalkCode(input: TransformInput, column: string, term: string): string | TransformResult {
  const mapped = termMapping(input, column, term);
  if (mapped) return mapped.code;
  return problem(
    'TERM_UNKNOWN',
    `"${term}" is not a term the ${input.layout} crosswalk knows for ${column}; add it to the standard's crosswalk.`,
  );
}

const CountryParams = Type.Object(
  {
    use: Type.Literal('country'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** How the file writes countries: a name or alpha-2/alpha-3 code (default), or an IMF code. */
    scheme: Type.Optional(Type.Union([Type.Literal('name-or-code'), Type.Literal('imf')])),
  },
  { additionalProperties: false },
);

/** A country as ISO alpha-2, from a Spanish name (SUIZA), an ISO code or an IMF code. */
export const countryTransform: TransformDefinition<typeof CountryParams> = {
  name: 'country',
  summary: 'A country as ISO 3166 alpha-2, from a name, an ISO code or an IMF code.',
  params: CountryParams,
  run(params, input) {
    const term = cell(input, params.column);
    if (term === '') return EMPTY;
    const country = params.scheme === 'imf' ? countryByImfCode(term) : resolveCountry(term);
    if (!country) {
      return problem(
        'COUNTRY_UNKNOWN',
        `"${term}" is not a country Veta knows; add it to the standard's country list.`,
      );
    }
    return value(country.alpha2);
  },
};

const SplitParams = Type.Object(
  {
    use: Type.Literal('split'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    separator: Type.String({ minLength: 1 }),
    /** Map each element through this layout column's crosswalk, keeping the codes only. */
    crosswalk: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** A list written in one cell ('ORO, PLATA'), as an array, each element optionally crosswalked. */
export const splitTransform: TransformDefinition<typeof SplitParams> = {
  name: 'split',
  summary: 'A list in one cell, split into an array (optionally crosswalked).',
  params: SplitParams,
  run(params, input) {
    const parts = listItems(cell(input, params.column), params.separator);
    if (parts.length === 0) return EMPTY;
    if (params.crosswalk !== true) return value(parts);
    const codes: string[] = [];
    for (const part of parts) {
      const code = crosswalkCode(input, params.column, part);
      if (typeof code !== 'string') return code;
      if (!codes.includes(code)) codes.push(code);
    }
    return value(codes);
  },
};
