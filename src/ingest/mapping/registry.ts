import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { addressTransform } from './addresses.js';
import { dateTransform, periodTransform, timestampTransform, yearMonthTransform } from './dates.js';
import { documentListTransform } from './document-list.js';
import { geoJsonTransform, placeCountryTransform, wktTransform } from './geometry.js';
import { canonicalTransform, globalIdTransform, identifierTransform } from './identifiers.js';
import { interestTransform } from './interests.js';
import { legalFormTransform } from './legal-forms.js';
import { lookupTransform, yesNoTransform } from './lookups.js';
import { contentsTransform, fineMassTransform, measureTransform } from './measures.js';
import {
  documentTransform,
  organisationNameTransform,
  partyKindTransform,
  personNameTransform,
} from './names.js';
import { decimalTransform, integerTransform } from './numbers.js';
import { finenessTransform, moneyTransform, quantityTransform } from './quantities.js';
import {
  constTransform,
  countryTransform,
  crosswalkTransform,
  splitTransform,
  templateTransform,
  textTransform,
} from './terms.js';
import { hsCodeTransform } from './tariff-codes.js';
import type { TransformDefinition, TransformInput, TransformResult } from './transform.js';

/** A field's transform with its parameters bound: row in, value or problem out. */
export type FieldMapper = (input: TransformInput) => TransformResult;

/** A transform whose parameter type has been checked away, so all can sit in one table. */
interface RegisteredTransform {
  name: string;
  summary: string;
  params: TSchema;
  bind(spec: unknown): { mapper: FieldMapper } | { errors: string[] };
}

function register<Params extends TSchema>(definition: TransformDefinition<Params>): RegisteredTransform {
  const validator = Compile(definition.params);
  return {
    name: definition.name,
    summary: definition.summary,
    params: definition.params,
    bind(spec) {
      if (!validator.Check(spec)) {
        return {
          errors: [...validator.Errors(spec)].map((error) => `${error.instancePath || '/'} ${error.message}`),
        };
      }
      return { mapper: (input) => definition.run(spec, input) };
    },
  };
}

const TRANSFORMS: readonly RegisteredTransform[] = [
  register(constTransform),
  register(textTransform),
  register(templateTransform),
  register(decimalTransform),
  register(integerTransform),
  register(dateTransform),
  register(timestampTransform),
  register(periodTransform),
  register(identifierTransform),
  register(canonicalTransform),
  register(globalIdTransform),
  register(crosswalkTransform),
  register(countryTransform),
  register(splitTransform),
  register(quantityTransform),
  register(finenessTransform),
  register(moneyTransform),
  register(personNameTransform),
  register(organisationNameTransform),
  register(partyKindTransform),
  register(documentTransform),
  register(wktTransform),
  register(geoJsonTransform),
  register(placeCountryTransform),
  register(yearMonthTransform),
  register(lookupTransform),
  register(yesNoTransform),
  register(measureTransform),
  register(fineMassTransform),
  register(contentsTransform),
  register(hsCodeTransform),
  register(interestTransform),
  register(addressTransform),
  register(documentListTransform),
  register(legalFormTransform),
];

/** Every transform a profile may use, with a one-line summary (for docs and `veta profiles`). */
export function listTransforms(): readonly { name: string; summary: string }[] {
  return TRANSFORMS.map(({ name, summary }) => ({ name, summary }));
}

/** Binds a profile's field spec to its transform, or says why the spec is wrong. */
export function bindField(spec: { use: string }): { mapper: FieldMapper } | { errors: string[] } {
  const transform = TRANSFORMS.find((candidate) => candidate.name === spec.use);
  if (!transform) {
    return {
      errors: [`unknown transform "${spec.use}"; transforms are ${TRANSFORMS.map((t) => t.name).join(', ')}`],
    };
  }
  return transform.bind(spec);
}

/** The parameters a transform takes, as the schema profiles are checked against; undefined for an unknown one. */
export function transformParams(name: string): TSchema | undefined {
  return TRANSFORMS.find((candidate) => candidate.name === name)?.params;
}
