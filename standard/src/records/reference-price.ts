import { Type, type Static } from 'typebox';
import { MetalCode } from '../codes/commodities.js';
import { Period, recordBase } from './common.js';

/** A reference market price of a metal over a period. */
export const ReferencePrice = Type.Object(
  {
    ...recordBase('ReferencePrice'),
    metal: MetalCode,
    period: Period,
    price: Type.Number({ exclusiveMinimum: 0 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    perUnit: Type.Enum(['ozt', 't', 'kg', 'g'], { description: 'Unit the price is per.' }),
    source: Type.String({ minLength: 1, description: 'Publisher, e.g. World Bank Pink Sheet.' }),
  },
  { additionalProperties: false, title: 'ReferencePrice', description: 'A reference price of a metal.' },
);
export type ReferencePrice = Static<typeof ReferencePrice>;
