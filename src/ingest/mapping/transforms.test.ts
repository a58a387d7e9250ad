import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressTransform } from './addresses.js';
import { yearMonthTransform } from './dates.js';
import { documentListTransform } from './document-list.js';
import { identifierTransform } from './identifiers.js';
import { interestTransform, parseShare } from './interests.js';
import { legalFormTransform } from './legal-forms.js';
import { lookupTransform, yesNoTransform } from './lookups.js';
import { hsCodeTransform } from './tariff-codes.js';
import { crosswalkTransform, templateTransform } from './terms.js';
import { transformInput } from './testing/transform-input.js';
import type { TransformResult } from './transform.js';

const code = (result: TransformResult): string => (result.ok ? 'OK' : result.problem.code);

describe('crosswalk named by the profile', () => {
  it("maps a column of a layout no crosswalk's appliesTo names through the crosswalk its profile names", () => {
    const spec = { use: 'crosswalk' as const, column: 'SUSTANCIA' };
    const row = { SUSTANCIA: 'Metálica' };
    assert.equal(code(crosswalkTransform.run(spec, transformInput(row))), 'TERM_UNKNOWN');
    assert.deepEqual(
      crosswalkTransform.run(spec, transformInput(row, { crosswalks: { SUSTANCIA: 'substance' } })),
      { ok: true, value: { code: 'METALLIC', national: 'Metálica' } },
    );
  });
});

describe('template with optional columns', () => {
  it('leaves out optional columns and falls back when the main template is empty', () => {
    const spec = { use: 'template' as const, template: '{A}:{B?}:{C}' };
    assert.deepEqual(templateTransform.run(spec, transformInput({ A: '1', C: '3' })), {
      ok: true,
      value: '1::3',
    });
    assert.deepEqual(templateTransform.run(spec, transformInput({ A: '1' })), { ok: true, value: undefined });
    const name = { use: 'template' as const, template: '{FULL}', otherwise: '{GIVEN?} {SURNAMES?}' };
    assert.deepEqual(templateTransform.run(name, transformInput({ GIVEN: 'John', SURNAMES: 'Smith' })), {
      ok: true,
      value: 'John Smith',
    });
    assert.deepEqual(templateTransform.run(name, transformInput({})), { ok: true, value: undefined });
  });
});

describe('lookup and yes-no', () => {
  it("maps terms through the profile's table, ignoring accents and case", () => {
    const spec = { use: 'lookup' as const, column: 'C', values: { 'SOLICITANTE DE LEGALIZACION': 'MINER' } };
    assert.deepEqual(lookupTransform.run(spec, transformInput({ C: 'Solicitante de legalización' })), {
      ok: true,
      value: 'MINER',
    });
    assert.equal(code(lookupTransform.run(spec, transformInput({ C: 'OTRO' }))), 'TERM_UNKNOWN');
  });

  it('reads Y, S and N as booleans through the yes-no crosswalk', () => {
    const input = (term: string) => transformInput({ ACCREDITED: term }, { layout: 'LAB-ASSAYS' });
    const spec = { use: 'yes-no' as const, column: 'ACCREDITED' };
    assert.deepEqual(yesNoTransform.run(spec, input('S')), { ok: true, value: true });
    assert.deepEqual(yesNoTransform.run(spec, input('n')), { ok: true, value: false });
    assert.equal(code(yesNoTransform.run(spec, input('MAYBE'))), 'TERM_UNKNOWN');
  });
});

describe('hs-code', () => {
  it('keeps digits and cuts to the subheading', () => {
    const spec = { use: 'hs-code' as const, column: 'T', digits: 6 };
    assert.deepEqual(hsCodeTransform.run(spec, transformInput({ T: '7108.12.00.00' })), {
      ok: true,
      value: '710812',
    });
    assert.equal(code(hsCodeTransform.run(spec, transformInput({ T: '71' }))), 'TARIFF_CODE_INVALID');
  });
});

describe('interest and shares', () => {
  it('reads exact shares and ranges in per cent', () => {
    const marks = { decimalMark: ',' as const, settled: true };
    assert.deepEqual(parseShare('60,5', marks), { exact: 60.5 });
    assert.deepEqual(parseShare('25-50', marks), { minimum: 25, maximum: 50 });
    assert.deepEqual(parseShare('>25', marks), { minimum: 25, exclusiveMinimum: true });
    assert.deepEqual(parseShare('<=10 %', marks), { maximum: 10, exclusiveMaximum: false });
    assert.equal(parseShare('140', marks), null);
    assert.equal(parseShare('50-25', marks), null);
  });

  it('builds a direct or indirect interest with its type from the crosswalk', () => {
    const spec = {
      use: 'interest' as const,
      typeColumn: 'CRITERIO',
      shareColumn: 'P',
      viaColumn: 'VIA',
      viaScheme: 'RUC',
      beneficial: true,
    };
    const input = transformInput(
      { CRITERIO: 'PROPIEDAD', P: '>25', VIA: '20600452135' },
      { layout: 'PE-BENEFICIARIO-FINAL' },
    );
    assert.deepEqual(interestTransform.run(spec, input), {
      ok: true,
      value: {
        type: 'shareholding',
        national: 'PROPIEDAD',
        via: 'PE:RUC:20600452135',
        directOrIndirect: 'indirect',
        beneficialOwnershipOrControl: true,
        share: { minimum: 25, exclusiveMinimum: true },
      },
    });
  });
});

describe('address, document-list, year-month and legal-form', () => {
  it('builds an address with its country from a name or code', () => {
    const spec = { use: 'address' as const, column: 'A', localityColumn: 'L', countryColumn: 'C' };
    assert.deepEqual(
      addressTransform.run(spec, transformInput({ A: 'Calle 10 # 43D-25', L: 'Medellín', C: 'COL' })),
      {
        ok: true,
        value: { address: 'Calle 10 # 43D-25', locality: 'Medellín', country: 'CO' },
      },
    );
  });

  it('reads every holder of a title, with its check-digit flags', () => {
    const spec = { use: 'document-list' as const, column: 'T', separator: '|' };
    const input = transformInput(
      { T: 'NIT 900123456-3 MINERA S.A.S. | CC 71234567 JOSÉ PEÑA' },
      { country: 'CO' },
    );
    const result = documentListTransform.run(spec, input);
    assert.ok(result.ok);
    assert.deepEqual(result.value, ['CO:NIT:900123456', 'CO:CC:71234567']);
    assert.deepEqual(
      result.flags?.map((flag) => flag.code),
      ['NIT_CHECK_DIGIT'],
    );
  });

  it('makes a month or a whole year from two columns', () => {
    const spec = { use: 'year-month' as const, column: 'Y', monthColumn: 'M' };
    assert.deepEqual(yearMonthTransform.run(spec, transformInput({ Y: '2024', M: '2' })), {
      ok: true,
      value: { granularity: 'MONTH', start: '2024-02-01', end: '2024-02-29' },
    });
    const year = yearMonthTransform.run(spec, transformInput({ Y: '2023', M: '52' }));
    assert.deepEqual(year.ok && year.value, { granularity: 'YEAR', start: '2023-01-01', end: '2023-12-31' });
    assert.equal(
      code(yearMonthTransform.run(spec, transformInput({ Y: '2024', M: '13' }))),
      'PERIOD_INVALID',
    );
  });

  it('maps a legal-form column to its ELF entry', () => {
    const input = transformInput({ ORGANIZACION_JURIDICA: 'LTDA' }, { layout: 'CO-RUES', country: 'CO' });
    const result = legalFormTransform.run({ use: 'legal-form', column: 'ORGANIZACION_JURIDICA' }, input);
    assert.deepEqual(result.ok && result.value, {
      elfCode: 'WX45',
      name: 'Sociedad de Responsabilidad Limitada',
      abbreviation: 'Ltda.',
    });
  });
});

describe('identifier options', () => {
  it('picks the scheme by length, treats listed values as none, and takes the country from a column', () => {
    const byLength = { use: 'identifier' as const, column: 'D', schemeByLength: { '10': 'CI', '13': 'RUC' } };
    const ec = (d: string) => transformInput({ D: d }, { country: 'EC' });
    assert.deepEqual(identifierTransform.run(byLength, ec('0701234569')), {
      ok: true,
      value: 'EC:CI:0701234569',
    });
    assert.deepEqual(identifierTransform.run(byLength, ec('0790012348001')), {
      ok: true,
      value: 'EC:RUC:0790012348001',
    });
    const none = { use: 'identifier' as const, column: 'D', scheme: 'MR', none: ['BAREQUEO'] };
    assert.deepEqual(identifierTransform.run(none, transformInput({ D: 'Barequeo' })), {
      ok: true,
      value: undefined,
    });
    const lenient = {
      use: 'identifier' as const,
      column: 'D',
      schemeColumn: 'ID_SCHEME',
      countryColumn: 'C',
      onFailure: 'flag' as const,
    };
    const input = (values: Record<string, string>) =>
      transformInput(values, { layout: 'PARTY-RECORDS', country: undefined });
    assert.deepEqual(identifierTransform.run(lenient, input({ D: '41234567', ID_SCHEME: 'DNI', C: 'PE' })), {
      ok: true,
      value: 'PE:DNI:41234567',
    });
    const unknown = identifierTransform.run(lenient, input({ D: '123-45-6789', ID_SCHEME: 'SSN', C: 'US' }));
    assert.equal(unknown.ok && unknown.value, undefined);
    assert.equal(unknown.ok && unknown.flags?.[0]?.code, 'UNUSABLE_SCHEME_UNKNOWN');
  });
});
