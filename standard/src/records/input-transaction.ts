import { Type, type Static } from 'typebox';
import { CONTROLLED_INPUTS } from '../codes/vocabularies.js';
import { Quantity } from '../units.js';
import { AdminArea, codedTerm, isoDate, recordBase, reference } from './common.js';

// Quantities are normalised so that inputs compare across countries: masses to kg, volumes to
// litres, explosives and other counted goods to units.
const NormalisedQuantity = Type.Object(
  { value: Type.Number({ minimum: 0 }), unit: Type.Enum(['kg', 'L', 'unit']) },
  { additionalProperties: false, description: 'Quantity in kg, litres or units.' },
);

/** A delivery of a controlled input (mercury, cyanide, fuel, explosives) to a user. */
export const InputTransaction = Type.Object(
  {
    ...recordBase('InputTransaction'),
    date: isoDate('Date of the delivery'),
    recipient: reference('User receiving the input'),
    supplier: Type.Optional(reference('Supplier')),
    input: codedTerm(CONTROLLED_INPUTS, 'The controlled input, with the national name.'),
    declaredQuantity: Quantity,
    quantity: NormalisedQuantity,
    monthlyQuota: Type.Optional(NormalisedQuantity),
    destinationRight: Type.Optional(reference('Mining right the input is destined for')),
    adminArea: Type.Optional(AdminArea),
  },
  {
    additionalProperties: false,
    title: 'InputTransaction',
    description: 'A delivery of a controlled input.',
  },
);
export type InputTransaction = Static<typeof InputTransaction>;
