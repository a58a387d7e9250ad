import { Type } from 'typebox';
import { listLegalForms } from '@veta/standard';
import { crosswalkCode } from './terms.js';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const LegalFormParams = Type.Object(
  { use: Type.Literal('legal-form'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/**
 * A legal form written in its own column (CO-RUES ORGANIZACION_JURIDICA), through the legal-form
 * crosswalk to its ISO 20275 entry { elfCode, name, abbreviation }; it outranks a form read off the name.
 */
export const legalFormTransform: TransformDefinition<typeof LegalFormParams> = {
  name: 'legal-form',
  summary: 'A legal form column, as its ISO 20275 ELF entry through the legal-form crosswalk.',
  params: LegalFormParams,
  run(params, input) {
    const term = cell(input, params.column);
    if (term === '') return EMPTY;
    const code = crosswalkCode(input, params.column, term);
    if (typeof code !== 'string') return code;
    const form = listLegalForms().find((candidate) => candidate.elfCode === code);
    if (!form) return problem('LEGAL_FORM_UNKNOWN', `ELF code ${code} is not in the standard's legal forms.`);
    return value({
      elfCode: form.elfCode,
      name: form.name,
      ...(form.abbreviation ? { abbreviation: form.abbreviation } : {}),
    });
  },
};
