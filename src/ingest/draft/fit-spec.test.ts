import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { adaptSpec } from './adapt-spec.js';
import { codeOrName } from './code-or-name.js';
import { headerSimilarity } from './column-names.js';
import { remapSpec, specColumns, type Precedent, type SpecParams } from './precedents.js';
import { proposeConsts } from './propose-consts.js';
import { fitSpec } from './propose-fields.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('fitting a precedent spec to a new file', () => {
  it('reads the columns a spec reads as mapping does, and keeps a template placeholder that may be empty', () => {
    const name = { use: 'template', template: '{NOMBRES} {APELLIDO_PATERNO} {APELLIDO_MATERNO?}' };
    assert.deepEqual(specColumns(name), ['NOMBRES', 'APELLIDO_PATERNO', 'APELLIDO_MATERNO']);
    const renamed = remapSpec(name, (column) => `${column}_X`);
    assert.deepEqual(renamed, {
      use: 'template',
      template: '{NOMBRES_X} {APELLIDO_PATERNO_X} {APELLIDO_MATERNO_X?}',
    });
    // The keys of `columns` are the columns, not their values.
    const contents = { use: 'contents', columns: { AU_G_T: { element: 'AU' } } };
    assert.deepEqual(specColumns(contents), ['AU_G_T']);
    assert.deepEqual(specColumns({ use: 'document', column: '$item' }), []);
  });

  it("puts the file's country in place of the precedent's fixed one, and leaves it when the file has none", () => {
    const address = { use: 'address', column: 'DIRECCION', country: 'CO' };
    assert.deepEqual(adaptSpec(address, 'DIRECCION', { rows: [], country: 'BO' }), {
      ...address,
      country: 'BO',
    });
    assert.deepEqual(adaptSpec(address, 'DIRECCION', { rows: [], country: undefined }), address);
  });

  it("fits the scheme of the company an interest is held through to its column's header", () => {
    const interest = {
      use: 'interest',
      type: 'shareholding',
      viaColumn: 'NIT_INTERMEDIARIO',
      viaScheme: 'RUC',
    };
    assert.deepEqual(adaptSpec(interest, 'X', { rows: [], country: 'CO' }), {
      ...interest,
      viaScheme: 'NIT',
    });
    // Unnamed by the header, the precedent's tax number is the one the file's country calls so.
    const unnamed = { ...interest, viaColumn: 'INTERMEDIARIO' };
    assert.deepEqual(adaptSpec(unnamed, 'X', { rows: [], country: 'CO' }), { ...unnamed, viaScheme: 'NIT' });
    assert.deepEqual(adaptSpec(unnamed, 'X', { rows: [], country: 'EC' }), unnamed);
  });

  it('reads a column whose header names two documents by length, and one naming a single scheme by it', () => {
    // Ecuadorian cédulas (10 digits) and RUCs (13) of the EC-COMERCIALIZACION fixture.
    const mixed = rows(
      { RUC_CEDULA: '0701234569' },
      { RUC_CEDULA: '0701234569001' },
      { RUC_CEDULA: '1103456784' },
    );
    const spec = { use: 'identifier', column: 'RUC_CEDULA', scheme: 'RUC' };
    assert.deepEqual(adaptSpec(spec, 'RUC_CEDULA', { rows: mixed, country: 'EC' }), {
      use: 'identifier',
      column: 'RUC_CEDULA',
      schemeByLength: { '10': 'CI', '13': 'RUC' },
    });
    const named = rows({ NIT: '900987654' }, { NIT: '900987654-7' });
    const nit = { use: 'identifier', column: 'NIT', scheme: 'RUC' };
    assert.deepEqual(adaptSpec(nit, 'NIT', { rows: named, country: 'CO' }), { ...nit, scheme: 'NIT' });
  });

  it('takes a party kind the scheme leaves untold from the documents the values are', () => {
    const kind = { use: 'party-kind', column: 'ID', scheme: 'RUC', fallback: 'ORGANISATION' };
    const cedulas = rows({ ID: '0701234569' }, { ID: '1103456784' }, { ID: '0791234565001' });
    assert.deepEqual(adaptSpec(kind, 'ID', { rows: cedulas, country: 'EC' }), {
      ...kind,
      fallback: 'PERSON',
    });
    // Every RUC tells its holder's kind: the precedent's fallback stands.
    const rucs = rows({ ID: '0791234565001' });
    assert.deepEqual(adaptSpec(kind, 'ID', { rows: rucs, country: 'EC' }), kind);
  });

  it("takes a fineness's scale from its header, else from its values' middle", () => {
    const fineness = { use: 'fineness', column: 'LEY', scale: 'THOUSANDTHS' };
    const fraction = rows({ LEY: '0.85' }, { LEY: '0.9' }, { LEY: '1.2' });
    assert.deepEqual(adaptSpec(fineness, 'LEY', { rows: fraction, country: 'CO' }), {
      ...fineness,
      scale: 'FRACTION',
    });
    const percent = rows({ LEY_PORCENTAJE: '0.92' }, { LEY_PORCENTAJE: '0.45' });
    const named = { ...fineness, column: 'LEY_PORCENTAJE' };
    assert.deepEqual(adaptSpec(named, 'LEY_PORCENTAJE', { rows: percent, country: 'BO' }), {
      ...named,
      scale: 'PERCENT',
    });
    const thousandths = rows({ LEY: '950' }, { LEY: '999.9' });
    assert.deepEqual(adaptSpec(fineness, 'LEY', { rows: thousandths, country: 'PE' }), fineness);
  });

  it('takes a short unit word of the header as the unit', () => {
    const quantity = { use: 'quantity', column: 'CANTIDAD_G', unit: 'kg', to: 'kg' };
    assert.deepEqual(adaptSpec(quantity, 'CANTIDAD_G', { rows: [], country: 'CO' }), {
      ...quantity,
      unit: 'g',
    });
    assert.deepEqual(adaptSpec(quantity, 'CANTIDAD', { rows: [], country: 'CO' }), quantity);
  });
});

describe('the code or the name of an object', () => {
  it("follows a customs office's values: numbers are its code, words its name", () => {
    assert.equal(
      codeOrName('CustomsDeclaration', 'customsOffice.name', ['235', '118']),
      'customsOffice.code',
    );
    assert.equal(
      codeOrName('CustomsDeclaration', 'customsOffice.code', ['MEDELLÍN', 'AEROPUERTO EL ALTO']),
      'customsOffice.name',
    );
    // A mixed column says nothing; an object without both parts is left alone.
    assert.equal(
      codeOrName('CustomsDeclaration', 'customsOffice.code', ['235', 'ARICA']),
      'customsOffice.code',
    );
    assert.equal(codeOrName('MineralTransaction', 'metal', ['AU']), 'metal');
  });
});

describe('the vocabulary of column words', () => {
  it('reads words of one meaning as one, and words of another apart', () => {
    assert.ok(headerSimilarity('FECHA_DECLARACION', 'FECHA_REPORTE') > 0.9);
    assert.ok(headerSimilarity('FECHA_DECLARACION', 'FECHA_PRESENTACION') > 0.9);
    assert.ok(headerSimilarity('FECHA_DECLARACION', 'FECHA_NACIMIENTO') < 0.5);
    assert.ok(headerSimilarity('CONSIGNATARIO', 'DESTINATARIO') > 0.9);
    assert.equal(headerSimilarity('CONSIGNATARIO', 'PAIS_DESTINO'), 0);
    // A full name is not the given names, though both are names.
    assert.ok(headerSimilarity('NOMBRES', 'NOMBRE_COMPLETO') < 0.5);
    assert.ok(headerSimilarity('MATRICULA', 'EXPEDIENTE') > 0.9);
  });
});

describe('a precedent column matched by name to a column of another kind', () => {
  const context = {
    layout: 'X',
    country: 'PE',
    conventions: { decimalMark: '.' as const, dateFormats: ['yyyy-mm-dd'] },
    rows: rows(
      { FECHA_INSCRIPCION: '2020-01-02', NUMERO_INSCRIPCION: '00145678' },
      { FECHA_INSCRIPCION: '2021-03-04', NUMERO_INSCRIPCION: '00145679' },
    ),
  };
  const input = {
    header: ['FECHA_INSCRIPCION', 'NUMERO_INSCRIPCION'],
    tryRecord: () => ({ failed: 0, records: 0 }),
    context,
  };

  it('does not read a registration number from a column of dates, but does from one of numbers', () => {
    const number = { use: 'text', column: 'MATRICULA' };
    assert.equal(fitSpec(number, 'MATRICULA', 'FECHA_INSCRIPCION', input), undefined);
    assert.deepEqual(fitSpec(number, 'MATRICULA', 'NUMERO_INSCRIPCION', input), {
      use: 'text',
      column: 'NUMERO_INSCRIPCION',
    });
    // A precedent's date column is read from a column of dates.
    const date = { use: 'date', column: 'FECHA_MATRICULA' };
    assert.deepEqual(fitSpec(date, 'FECHA_MATRICULA', 'FECHA_INSCRIPCION', input), {
      use: 'date',
      column: 'FECHA_INSCRIPCION',
    });
  });
});

describe('constants of the precedents', () => {
  const precedent = (layout: string, country: string, fields: Record<string, SpecParams>): Precedent => ({
    layout,
    country,
    primary: true,
    mapping: { type: 'ProductionDeclaration', id: { use: 'text', column: 'ID' }, fields },
  });
  const area = precedent('CO-A', 'CO', {
    'adminArea.country': { use: 'const', value: 'CO' },
    'adminArea.subregion': { use: 'text', column: 'MUNICIPIO' },
  });
  const others = [precedent('PE-B', 'PE', {}), precedent('PE-C', 'PE', {})];

  it("complete an object the draft fills part of, in the file's country, and are left out otherwise", () => {
    const filled = proposeConsts(
      'ProductionDeclaration',
      [area, ...others],
      'BO',
      new Set(['adminArea.subregion']),
    );
    assert.deepEqual(
      filled.map((field) => [field.path, field.spec]),
      [['adminArea.country', { use: 'const', value: 'BO' }]],
    );
    assert.deepEqual(
      proposeConsts('ProductionDeclaration', [area, ...others], 'BO', new Set(['period'])),
      [],
    );
  });
});
