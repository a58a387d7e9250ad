import { Type, type Static } from 'typebox';
import { HsCode } from '../codes/commodities.js';
import { TRADE_FLOWS } from '../codes/vocabularies.js';
import { CountryCode, Fineness, NonNegative, codedTerm, isoDate, recordBase, reference } from './common.js';

/** An export or import declaration lodged with customs (DAM, DEX, refrendo, SENARECOM form). */
export const CustomsDeclaration = Type.Object(
  {
    ...recordBase('CustomsDeclaration'),
    number: Type.String({ minLength: 1, description: 'Declaration number as written.' }),
    flow: codedTerm(TRADE_FLOWS, 'Export or import, with the national regime code.'),
    date: isoDate('Date the declaration was numbered or the goods shipped'),
    declarant: reference('Exporter or importer'),
    hsCode: HsCode,
    nationalTariffCode: Type.Optional(
      Type.String({ pattern: '^[0-9]{6,10}$', description: 'National tariff line.' }),
    ),
    description: Type.Optional(Type.String({ description: 'Commercial description.' })),
    partnerCountry: Type.Optional(CountryCode),
    customsOffice: Type.Optional(
      Type.Object(
        { code: Type.Optional(Type.String()), name: Type.Optional(Type.String()) },
        { additionalProperties: false, description: 'Customs office (code and/or name).' },
      ),
    ),
    netMassKg: Type.Number({ minimum: 0, description: 'Net mass in kilograms.' }),
    grossMassKg: Type.Optional(NonNegative),
    fineness: Type.Optional(Fineness),
    fineMassKg: Type.Optional(Type.Number({ minimum: 0, description: 'Fine metal content in kilograms.' })),
    fobUsd: Type.Optional(Type.Number({ minimum: 0, description: 'FOB value in US dollars.' })),
    cifUsd: Type.Optional(Type.Number({ minimum: 0, description: 'CIF value in US dollars.' })),
    consignee: Type.Optional(Type.String({ description: 'Consignee abroad, as written.' })),
  },
  {
    additionalProperties: false,
    title: 'CustomsDeclaration',
    description: 'An export or import declaration.',
  },
);
export type CustomsDeclaration = Static<typeof CustomsDeclaration>;
