import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { adaptSpec } from './adapt-spec.js';
import { headerSimilarity } from './column-names.js';
import { sniffDelimiter, sniffEncoding } from './read-sample.js';
import { sniffConventions, type Conventions } from './sniff-conventions.js';
import { sniffIdentifierScheme, sniffValueKind } from './sniff-values.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

const PERIOD: Conventions = { decimalMark: '.', thousandsMark: '', dateFormats: ['yyyy-mm-dd'] };

describe('draft sniffers', () => {
  it('names the scheme whose check digits the values pass, and none for numbers without one', () => {
    // Peruvian RUCs with valid check digits (standard/src/identifiers/rules.ts examples and fixtures).
    assert.equal(sniffIdentifierScheme(['20131312955', '20603124589', '10412345679']), 'PE:RUC');
    // The same numbers with the last digit changed pass no check.
    assert.equal(sniffIdentifierScheme(['20131312956', '20603124580', '10412345670']), undefined);
    // Eight-digit DNIs have no check digit: any eight digits would pass, so they prove nothing.
    assert.equal(sniffIdentifierScheme(['41234567', '43215678', '40000001']), undefined);
  });

  it("reads an identifier column mixing two of the country's schemes by their lengths, and one alone by its scheme", () => {
    const spec = { use: 'identifier', column: 'DOC', scheme: 'NIT' };
    // Ecuadorian cédulas (10 digits) and RUCs (13) of the EC-COMERCIALIZACION fixture.
    const mixed = rows(
      { ID: '0701234569' },
      { ID: '0701234569001' },
      { ID: '0791234565001' },
      { ID: '1103456784' },
    );
    assert.deepEqual(adaptSpec(spec, 'ID', { rows: mixed, country: 'EC' }), {
      use: 'identifier',
      column: 'DOC',
      schemeByLength: { '10': 'CI', '13': 'RUC' },
    });
    const cedulas = rows({ ID: '0701234569' }, { ID: '1103456784' });
    assert.deepEqual(adaptSpec(spec, 'ID', { rows: cedulas, country: 'EC' }), { ...spec, scheme: 'CI' });
    // Another country's numbers are no evidence for this one's schemes: the precedent's tax
    // number stands, under the name the file's country gives it.
    assert.deepEqual(adaptSpec(spec, 'ID', { rows: mixed, country: 'PE' }), { ...spec, scheme: 'RUC' });
  });

  it('tells dates, numbers, percentages, countries and WKT apart', () => {
    assert.equal(sniffValueKind(['2024-03-05', '2024-12-31'], PERIOD, 'F'), 'date');
    assert.equal(sniffValueKind(['12.5', '1250'], PERIOD, 'PESO'), 'number');
    assert.equal(sniffValueKind(['12.5', '60'], PERIOD, 'PORCENTAJE'), 'percentage');
    assert.equal(sniffValueKind(['12.5', '160'], PERIOD, 'PORCENTAJE'), 'number');
    assert.equal(sniffValueKind(['SUIZA', 'Estados Unidos', 'CH'], PERIOD, 'PAIS'), 'country');
    assert.equal(sniffValueKind(['POLYGON((1 1,2 2,1 2,1 1))'], PERIOD, 'G'), 'wkt');
    assert.equal(
      sniffValueKind(['PEÑA QUISPE JUAN', 'ROSA MAMANI', 'ANA', 'LUIS', 'EVA'], PERIOD, 'N'),
      'text',
    );
  });

  it('finds the decimal comma and thousands point of a Colombian file, and the point elsewhere', () => {
    const colombian = sniffConventions(rows({ A: '1.250,5', B: '245.318,50', C: '12/03/2024' }), []);
    assert.deepEqual(colombian, { decimalMark: ',', thousandsMark: '.', dateFormats: ['dd/mm/yyyy'] });
    const peruvian = sniffConventions(rows({ A: '1250.5', B: '3.75', C: '2024-03-12' }), []);
    assert.deepEqual(peruvian, { decimalMark: '.', thousandsMark: '', dateFormats: ['yyyy-mm-dd'] });
  });

  it('finds the separator that splits every line alike, and the text encoding', () => {
    assert.equal(sniffDelimiter(Buffer.from('A;B;C\n1;"x, y";3\n4;5;6\n')), ';');
    assert.equal(sniffDelimiter(Buffer.from('A|B\n1|2\n')), '|');
    assert.equal(sniffDelimiter(Buffer.from('A,B,C\n1,2,3\n')), ',');
    assert.equal(sniffEncoding(Buffer.from('NOMBRE\nPEÑA\n', 'utf8')), 'utf-8');
    assert.equal(sniffEncoding(Buffer.from('NOMBRE\nPEÑA\n', 'latin1')), 'latin1');
  });

  it('reads headers through the vocabulary of column words', () => {
    assert.equal(headerSimilarity('RUC_VENDEDOR', 'ruc vendedor'), 1);
    // The same meaning in other words: a tax number of the seller.
    assert.ok(headerSimilarity('RUC_VENDEDOR', 'NIT_PROVEEDOR') > 0.9);
    // Another party altogether ranks well below.
    assert.ok(headerSimilarity('RUC_VENDEDOR', 'RUC_COMPRADOR') < 0.5);
    assert.equal(headerSimilarity('FECHA', 'PESO_BRUTO_G'), 0);
  });
});
