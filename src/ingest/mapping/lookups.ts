import { Type } from 'typebox';
import { foldForComparison } from '@veta/standard';
import { crosswalkCode } from './terms.js';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const LookupParams = Type.Object(
  {
    use: Type.Literal('lookup'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** Value for each term the column may hold, matched ignoring accents and case. */
    values: Type.Record(Type.String(), Type.Unknown(), { minProperties: 1 }),
  },
  { additionalProperties: false },
);

/**
 * A value the profile itself assigns to each term of a column, for what is a reading of one layout
 * rather than a national term of the standard (the HS code SENARECOM forms imply by their mineral,
 * the role a RUCOM class implies). An unlisted term rejects the row.
 */
export const lookupTransform: TransformDefinition<typeof LookupParams> = {
  name: 'lookup',
  summary: "A value from the profile's own table of the column's terms.",
  params: LookupParams,
  run(params, input) {
    const term = cell(input, params.column);
    if (term === '') return EMPTY;
    const folded = foldForComparison(term);
    const entry = Object.entries(params.values).find(([key]) => foldForComparison(key) === folded);
    if (!entry) {
      return problem(
        'TERM_UNKNOWN',
        `"${term}" is not a term the ${input.layout} profile knows for ${params.column} (it knows ${Object.keys(params.values).join(', ')}).`,
      );
    }
    return value(entry[1]);
  },
};

const YesNoParams = Type.Object(
  { use: Type.Literal('yes-no'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A yes/no answer (Y, N, SÍ, NO...) read through the standard's yes-no crosswalk, as a boolean. */
export const yesNoTransform: TransformDefinition<typeof YesNoParams> = {
  name: 'yes-no',
  summary: 'A yes/no answer as true or false, through the yes-no crosswalk.',
  params: YesNoParams,
  run(params, input) {
    const term = cell(input, params.column);
    if (term === '') return EMPTY;
    const code = crosswalkCode(input, params.column, term);
    return typeof code === 'string' ? value(code === 'YES') : code;
  },
};
