import { Type } from 'typebox';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const HsCodeParams = Type.Object(
  {
    use: Type.Literal('hs-code'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** Keep this many leading digits (6 for the HS subheading); all of them when absent. */
    digits: Type.Optional(Type.Integer({ minimum: 2, maximum: 10 })),
  },
  { additionalProperties: false },
);

/**
 * A tariff code as digits only ("7108.12.00.00" is 7108120000), cut to its first digits: a national
 * tariff line's first six digits are its Harmonized System subheading in every country.
 */
export const hsCodeTransform: TransformDefinition<typeof HsCodeParams> = {
  name: 'hs-code',
  summary: 'A tariff code as digits, optionally cut to the 6-digit HS subheading.',
  params: HsCodeParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const digits = text.replace(/[\s.-]/g, '');
    if (!/^[0-9]+$/.test(digits) || digits.length < (params.digits ?? 6)) {
      return problem(
        'TARIFF_CODE_INVALID',
        `"${text}" is not a tariff code of at least ${params.digits ?? 6} digits.`,
      );
    }
    return value(params.digits === undefined ? digits : digits.slice(0, params.digits));
  },
};
