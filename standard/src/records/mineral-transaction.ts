import { Type, type Static } from 'typebox';
import { MetalCode } from '../codes/commodities.js';
import {
  PAYMENT_METHODS,
  REGISTRATION_CLASSES,
  TRANSACTION_KINDS,
  vocabularySchema,
} from '../codes/vocabularies.js';
import { AdminArea, Fineness, Money, codedTerm, isoDate, recordBase, reference } from './common.js';

/** A domestic purchase or sale of mineral between two parties. */
export const MineralTransaction = Type.Object(
  {
    ...recordBase('MineralTransaction'),
    kind: vocabularySchema(TRANSACTION_KINDS, 'Purchase or sale, seen from the declarant.'),
    date: isoDate('Date of the transaction'),
    buyer: reference('Buyer'),
    seller: reference('Seller'),
    sellerClass: Type.Optional(codedTerm(REGISTRATION_CLASSES, 'Registration class of the seller.')),
    originRight: Type.Optional(reference('Mining right the mineral is declared to come from')),
    originArea: Type.Optional(AdminArea),
    metal: MetalCode,
    grossMassKg: Type.Optional(Type.Number({ minimum: 0, description: 'Gross mass in kilograms.' })),
    fineness: Type.Optional(Fineness),
    fineMassKg: Type.Optional(Type.Number({ minimum: 0, description: 'Fine metal content in kilograms.' })),
    price: Type.Optional(Money),
    exchangeRate: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Local currency per USD.' })),
    paymentMethod: Type.Optional(codedTerm(PAYMENT_METHODS, 'How it was paid.')),
    document: Type.Optional(
      Type.String({ description: 'Invoice, receipt or certificate-of-origin number.' }),
    ),
  },
  {
    additionalProperties: false,
    title: 'MineralTransaction',
    description: 'A domestic purchase or sale of mineral.',
  },
);
export type MineralTransaction = Static<typeof MineralTransaction>;
