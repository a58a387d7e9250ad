import { Type, type Static } from 'typebox';
import { MetalCode } from '../codes/commodities.js';
import { STRATA } from '../codes/vocabularies.js';
import { AdminArea, Money, NonNegative, Period, codedTerm, recordBase, reference } from './common.js';

/** A producer's declaration of what it extracted in a period (production or royalty return). */
export const ProductionDeclaration = Type.Object(
  {
    ...recordBase('ProductionDeclaration'),
    declarant: reference('Declaring producer'),
    miningRight: Type.Optional(
      reference('Mining right the production came from (absent for subsistence miners)'),
    ),
    period: Period,
    metal: MetalCode,
    quantityKg: Type.Number({ minimum: 0, description: 'Quantity declared, in kilograms.' }),
    quantityIsFine: Type.Boolean({
      description: 'True when the quantity is fine metal content, false when gross.',
    }),
    stratum: Type.Optional(codedTerm(STRATA, 'Stratum declared.')),
    basePrice: Type.Optional(Money),
    royalty: Type.Optional(Money),
    adminArea: Type.Optional(AdminArea),
    declaredValueUsd: Type.Optional(NonNegative),
  },
  {
    additionalProperties: false,
    title: 'ProductionDeclaration',
    description: 'A declaration of production.',
  },
);
export type ProductionDeclaration = Static<typeof ProductionDeclaration>;
