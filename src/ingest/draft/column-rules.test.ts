import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { crosswalkById } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { kindLookup } from './actor-kinds.js';
import { inHectares } from './area-units.js';
import { documentFromNames } from './identifier-values.js';
import { conceptsOf, otherMass } from './mass-headers.js';
import { withSchemeColumn } from './scheme-columns.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('draft column rules', () => {
  it("never reads a party's document number from a column of names", () => {
    const spec = { use: 'identifier', column: 'TITULAR', scheme: 'RUC' };
    assert.equal(documentFromNames(spec, ['MINERA ANDINA SRL', 'COOPERATIVA MINERA GUANAY']), true);
    assert.equal(documentFromNames(spec, ['1020304050', '4567890']), false);
    // A right's code may well be words: only parties' documents always have digits.
    const code = { use: 'identifier', column: 'NOMBRE', scheme: 'MR' };
    assert.equal(documentFromNames(code, ['EL PORVENIR']), false);
  });

  it('reads a quantity headed by a unit of mass as a mass, not one with a rate after it', () => {
    assert.deepEqual(conceptsOf(['CANTIDAD', 'G']), ['weight', 'G']);
    assert.deepEqual(conceptsOf(['CAPACIDAD', 'G', 'MES']).includes('weight'), false);
    assert.equal(otherMass(['PESO', 'FINO', 'KG'], ['PESO', 'NETO', 'KG']), true);
    assert.equal(otherMass(['PESO', 'BRUTO', 'KG'], ['PESO', 'NETO', 'KG']), false);
    assert.equal(otherMass(['LEY', 'FINO'], ['PESO', 'NETO', 'KG']), false);
  });

  it('reads a document column with the scheme the column beside it names, unless its header names one', () => {
    const sample = rows(
      { TIPO_DOC_VENDEDOR: 'CC', DOC_VENDEDOR: '1077123456', NIT_COMPRADOR: '900987654' },
      { TIPO_DOC_VENDEDOR: 'NIT', DOC_VENDEDOR: '900123456', NIT_COMPRADOR: '900987654' },
    );
    const header = ['TIPO_DOC_VENDEDOR', 'DOC_VENDEDOR', 'NIT_COMPRADOR'];
    const spec = { use: 'identifier', column: 'DOC_VENDEDOR', scheme: 'NIT' };
    assert.deepEqual(withSchemeColumn(spec, 'DOC_VENDEDOR', header, sample), {
      use: 'identifier',
      column: 'DOC_VENDEDOR',
      schemeColumn: 'TIPO_DOC_VENDEDOR',
    });
    const buyer = { use: 'identifier', column: 'NIT_COMPRADOR', scheme: 'NIT' };
    assert.deepEqual(withSchemeColumn(buyer, 'NIT_COMPRADOR', header, sample), buyer);
  });

  it("takes a party's kind from the mining actor type, and nothing from another code list", () => {
    const actor = crosswalkById('actor-type');
    const status = crosswalkById('mining-right-status');
    assert.ok(actor && status);
    const coded = { separator: undefined, share: 1, codes: new Map<string, string>() };
    assert.deepEqual(kindLookup({ ...coded, column: 'TIPO_ACTOR', crosswalk: actor }), {
      use: 'lookup',
      column: 'TIPO_ACTOR',
      values: { ESTATAL: 'STATE_BODY', PRIVADO: 'ORGANISATION', COOPERATIVA: 'COOPERATIVE' },
    });
    assert.equal(kindLookup({ ...coded, column: 'ESTADO', crosswalk: status }), undefined);
  });

  it("reads a count of the country's units of area as hectares, and none of a size it does not know", () => {
    const spec = { use: 'decimal', column: 'CUADRICULAS', min: 0 };
    assert.deepEqual(inHectares(spec, 'HECTAREAS', 'CUADRICULAS', 'BO'), { ...spec, multiply: 25 });
    assert.equal(inHectares(spec, 'HECTAREAS', 'CUADRICULAS', 'CO'), undefined);
    const hectares = { use: 'decimal', column: 'AREA_HA', min: 0 };
    assert.deepEqual(inHectares(hectares, 'HECTAREAS', 'AREA_HA', 'BO'), hectares);
    // A precedent counting Bolivian cuadrículas: a column of hectares is not multiplied, a
    // Peruvian count is by Peru's unit.
    const counted = { use: 'decimal', column: 'CUADRICULAS', multiply: 25 };
    assert.equal(inHectares(counted, 'CUADRICULAS', 'AREA_HA', 'BO'), undefined);
    assert.deepEqual(inHectares(counted, 'CUADRICULAS', 'NUM_CUADRICULAS', 'PE'), {
      ...counted,
      multiply: 100,
    });
  });
});
