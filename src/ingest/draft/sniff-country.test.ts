import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { countryOfDocuments, sniffCountry } from './sniff-country.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

// A register's export as an agency writes it: document type, number and a check digit of its own.
const REGISTER = ['TIPO_DOCUMENTO', 'NUMERO_DOCUMENTO', 'DV', 'NOMBRE'];
const entries = (...types: string[]): RawRow[] =>
  rows(
    ...types.map((type, index) => ({
      TIPO_DOCUMENTO: type,
      NUMERO_DOCUMENTO: String(71234567 + index),
      DV: '',
      NOMBRE: `NOMBRE ${String(index)}`,
    })),
  );

describe('the country of a new file', () => {
  it('is the one country whose documents a column of document types names', () => {
    // Bolivia has a NIT too, but no CC: NIT and CC together are Colombia's.
    assert.equal(countryOfDocuments(REGISTER, entries('NIT', 'CC', 'CC', 'NIT')), 'CO');
    assert.equal(countryOfDocuments(REGISTER, entries('nit', 'Cédula de ciudadanía', 'PASAPORTE')), 'CO');
    assert.equal(countryOfDocuments(REGISTER, entries('RUC', 'DNI', 'CE')), 'PE');
  });

  it('is none where no document is one country’s alone, or two countries’ documents mix', () => {
    // A CI and a NIT are both Bolivia's, but the crosswalk reads a Colombian CÉDULA as a CI too.
    assert.equal(countryOfDocuments(REGISTER, entries('CÉDULA', 'NIT')), undefined);
    assert.equal(countryOfDocuments(REGISTER, entries('CI', 'NIT', 'CI')), undefined);
    // Peruvian companies (RUC) beside Bolivian persons (CI): RUC is Ecuador's too, CI Ecuador's too.
    assert.equal(countryOfDocuments(REGISTER, entries('RUC', 'CI')), undefined);
    assert.equal(countryOfDocuments(REGISTER, entries('CC', 'DNI')), undefined);
  });

  it('is none where the documents fit two countries, or none that a country checks', () => {
    assert.equal(countryOfDocuments(REGISTER, entries('NIT', 'NIT', 'NIT')), undefined);
    assert.equal(countryOfDocuments(REGISTER, entries('PASAPORTE', 'CE', 'PASAPORTE')), undefined);
    const twoColumns = rows(
      {
        TIPO_DOC_COMPRADOR: 'DNI',
        NUM_DOC_COMPRADOR: '41234567',
        TIPO_DOC_VENDEDOR: 'CC',
        NUM_DOC_VENDEDOR: '71234567',
      },
      {
        TIPO_DOC_COMPRADOR: 'DNI',
        NUM_DOC_COMPRADOR: '43215678',
        TIPO_DOC_VENDEDOR: 'CC',
        NUM_DOC_VENDEDOR: '71234568',
      },
    );
    assert.equal(
      countryOfDocuments(
        ['TIPO_DOC_COMPRADOR', 'NUM_DOC_COMPRADOR', 'TIPO_DOC_VENDEDOR', 'NUM_DOC_VENDEDOR'],
        twoColumns,
      ),
      undefined,
    );
  });

  it('is read from the documents when the file’s name names a register rather than a country', () => {
    assert.equal(sniffCountry('/tmp/RUCOM_2024.csv', REGISTER, entries('NIT', 'CC')), 'CO');
    assert.equal(sniffCountry('/tmp/RUCOM_2024.csv', REGISTER, entries('NIT', 'NIT')), undefined);
    assert.equal(sniffCountry('/tmp/CO-NUEVO.csv', REGISTER, entries('NIT', 'NIT')), 'CO');
    // A country the file's name gives is believed over documents that say less.
    assert.equal(sniffCountry('/tmp/CO-NUEVO.csv', REGISTER, entries('CÉDULA', 'NIT')), 'CO');
  });
});
