/** One identifier scheme's rule, as the documentation states it. */
export interface IdentifierRule {
  readonly country: string;
  readonly scheme: string;
  readonly name: string;
  readonly example: string;
  readonly rule: string;
}

// Examples are real-format values whose check digits were computed by hand (see the tests).
export const IDENTIFIER_RULES: readonly IdentifierRule[] = [
  {
    country: 'PE',
    scheme: 'RUC',
    name: 'Registro Único de Contribuyentes (SUNAT)',
    example: 'PE:RUC:20131312955',
    rule: '11 digits; prefix 10, 15 or 17 (persons) or 20 (companies); mod-11 check digit, weights 5,4,3,2,7,6,5,4,3,2.',
  },
  {
    country: 'PE',
    scheme: 'DNI',
    name: 'Documento Nacional de Identidad',
    example: 'PE:DNI:41234567',
    rule: '8 digits; no check digit in the number.',
  },
  {
    country: 'CO',
    scheme: 'NIT',
    name: 'Número de Identificación Tributaria (DIAN)',
    example: 'CO:NIT:800197268',
    rule: 'Digits without the DV; the DV is mod 11 with weights 3,7,13,...,71 from the right, and a wrong DV is flagged.',
  },
  {
    country: 'CO',
    scheme: 'CC',
    name: 'Cédula de ciudadanía',
    example: 'CO:CC:1017123456',
    rule: '3 to 10 digits; no public check digit.',
  },
  {
    country: 'EC',
    scheme: 'CI',
    name: 'Cédula de identidad',
    example: 'EC:CI:1710034065',
    rule: '10 digits; province 01-24 or 30; third digit below 6; mod-10 check digit, coefficients 2,1,2,1,2,1,2,1,2.',
  },
  {
    country: 'EC',
    scheme: 'RUC',
    name: 'Registro Único de Contribuyentes (SRI)',
    example: 'EC:RUC:1790010937001',
    rule: '13 digits; persons: cédula + 001; companies (third digit 6 or 9): mod-11 check digit, a mismatch only warns.',
  },
  {
    country: 'BO',
    scheme: 'NIT',
    name: 'Número de Identificación Tributaria',
    example: 'BO:NIT:1020304050',
    rule: '7 to 12 digits; no public check.',
  },
  {
    country: 'BO',
    scheme: 'CI',
    name: 'Cédula de identidad (SEGIP)',
    example: 'BO:CI:4567123',
    rule: '5 to 10 digits, sometimes with a complement (-1A); no public check.',
  },
  {
    country: 'BO',
    scheme: 'NIM',
    name: 'Número de Identificación Minera (SENARECOM)',
    example: 'BO:NIM:01-2345-01',
    rule: 'Written NN-NNNN-NN; other shapes warn.',
  },
  {
    country: '*',
    scheme: 'MR',
    name: 'Mining right',
    example: 'CO:MR:AHC-112',
    rule: 'National code upper-cased, spaces as hyphens: PE:MR:010012318, EC:MR:100234.',
  },
  {
    country: 'PE',
    scheme: 'DAM',
    name: 'Declaración Aduanera de Mercancías',
    example: 'PE:DAM:118-2024-40-012345',
    rule: 'Declaration number as written, upper-cased.',
  },
  {
    country: 'CO',
    scheme: 'DEX',
    name: 'Declaración de Exportación',
    example: 'CO:DEX:6017012345678',
    rule: 'Declaration number as written.',
  },
  {
    country: 'EC',
    scheme: 'REFRENDO',
    name: 'Refrendo (SENAE)',
    example: 'EC:REFRENDO:028-2024-40-00123456',
    rule: 'Refrendo number as written.',
  },
  {
    country: 'BO',
    scheme: 'FORM',
    name: 'SENARECOM form',
    example: 'BO:FORM:M-03-2024-001234',
    rule: 'Form number as written.',
  },
  {
    country: '-',
    scheme: 'SAT / AREA',
    name: 'Satellite detections and areas',
    example: 'SAT:AMW-2024-000123',
    rule: 'Global features: SAT:<id>, AREA:<id>; a country alone is its alpha-2 code (PE).',
  },
];
