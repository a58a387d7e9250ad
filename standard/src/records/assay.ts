import { Type, type Static } from 'typebox';
import { MetalCode } from '../codes/commodities.js';
import { IsoDateTime, recordBase, reference } from './common.js';

/** One measured content of an element in a sample. */
export const AssayContent = Type.Object(
  {
    element: MetalCode,
    value: Type.Number({ minimum: 0 }),
    unit: Type.Enum(['g/t', '%', 'mg/kg'], {
      description: 'g/t (1,000,000 g/t is pure), per cent or mg/kg.',
    }),
  },
  { additionalProperties: false },
);

/** A laboratory analysis of a sample from a lot. */
export const Assay = Type.Object(
  {
    ...recordBase('Assay'),
    sampleId: Type.String({ minLength: 1 }),
    lotReference: Type.Optional(
      Type.String({ description: 'Declaration or form number of the lot, as written there.' }),
    ),
    lab: reference('Laboratory'),
    accredited: Type.Boolean({ description: 'Whether the lab is accredited for the method.' }),
    method: Type.Optional(Type.String({ description: 'Analytical method, e.g. fire assay, ICP-MS.' })),
    sampledAt: Type.Optional(IsoDateTime),
    analysedAt: Type.Optional(IsoDateTime),
    contents: Type.Array(AssayContent),
    leadIsotopes: Type.Optional(
      Type.Object(
        {
          pb206_204: Type.Number({ exclusiveMinimum: 0 }),
          pb207_204: Type.Number({ exclusiveMinimum: 0 }),
          pb208_204: Type.Number({ exclusiveMinimum: 0 }),
        },
        { additionalProperties: false, description: 'Lead-isotope ratios, a provenance fingerprint.' },
      ),
    ),
  },
  { additionalProperties: false, title: 'Assay', description: 'A laboratory analysis of a sample.' },
);
export type Assay = Static<typeof Assay>;
