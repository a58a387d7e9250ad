import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { codedColumns } from './coded-columns.js';
import { withCodedSecondary } from './coded-secondary.js';
import { withCodedFields } from './propose-coded.js';
import { constSpec } from './propose-consts.js';
import type { DraftField, DraftInput } from './propose-fields.js';
import type { Precedent, SpecParams } from './precedents.js';
import type { DraftRecord } from './propose-records.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

function input(layout: string, sample: RawRow[]): DraftInput {
  return {
    header: Object.keys(sample[0]?.values ?? {}),
    tryRecord: () => ({ failed: 0, records: sample.length }),
    context: {
      layout,
      country: 'BO',
      conventions: { decimalMark: '.', thousandsMark: '', dateFormats: ['yyyy-mm-dd'] },
      rows: sample,
    },
  };
}

describe('columns of coded values', () => {
  it("knows a column by its values' crosswalk, whole cells or lists, and a column of names by none", () => {
    const sample = rows(
      { A: 'ESTATAL', M: 'ORO, PLATA', N: 'MINERA SAN JOSÉ' },
      { A: 'COOPERATIVA', M: 'ORO', N: 'COOPERATIVA 20 DE OCTUBRE' },
      { A: 'PRIVADO', M: 'PLATA, ZINC', N: 'JUAN PÉREZ' },
    );
    assert.deepEqual(
      codedColumns('A', sample).map((coded) => [coded.crosswalk.id, coded.separator]),
      [['actor-type', undefined]],
    );
    assert.deepEqual(
      codedColumns('M', sample).map((coded) => [coded.crosswalk.id, coded.separator]),
      [['metal', ',']],
    );
    assert.deepEqual(codedColumns('N', sample), []);
  });

  it('reads a cell that lists terms among single terms as a list, not a stray, and single terms whole', () => {
    const lists = rows({ M: 'ORO, PLATA' }, { M: 'ORO' }, { M: 'ORO' });
    assert.deepEqual(
      codedColumns('M', lists).map((coded) => [coded.crosswalk.id, coded.separator]),
      [['metal', ',']],
    );
    const single = rows({ M: 'ORO' }, { M: 'PLATA' }, { M: 'ORO' });
    assert.deepEqual(
      codedColumns('M', single).map((coded) => [coded.crosswalk.id, coded.separator]),
      [['metal', undefined]],
    );
  });

  it('allows one stray term among at least three, and no more', () => {
    const one = rows({ T: 'PROPIEDAD' }, { T: 'CARGO' }, { T: 'CONTROL' }, { T: 'HEREDERO' });
    assert.deepEqual(
      codedColumns('T', one).map((coded) => coded.crosswalk.id),
      ['interest-type'],
    );
    const two = rows({ T: 'PROPIEDAD' }, { T: 'CARGO' }, { T: 'HEREDERO' }, { T: 'ALBACEA' });
    assert.deepEqual(codedColumns('T', two), []);
  });

  it("fills the property whose code list is the crosswalk's, over a guessed constant", () => {
    // The BO-DERECHOS actor-type column: the crosswalk applies to it, so the trial can map it.
    const sample = rows({ TIPO_ACTOR: 'ESTATAL' }, { TIPO_ACTOR: 'COOPERATIVA' }, { TIPO_ACTOR: 'PRIVADO' });
    const guessed: DraftField = {
      path: 'actorType.code',
      spec: constSpec('PRIVATE'),
      from: [],
      doubt: undefined,
    };
    const fields = withCodedFields('MiningRight', input('BO-DERECHOS', sample), [guessed]);
    assert.deepEqual(
      fields.map((field) => [field.path, field.spec]),
      [['actorType', { use: 'crosswalk', column: 'TIPO_ACTOR' }]],
    );
  });

  it('leaves a property read by name alone, and one term throughout to a column named for it', () => {
    const sample = rows({ TIPO_ACTOR: 'ESTATAL' }, { TIPO_ACTOR: 'COOPERATIVA' });
    const named: DraftField = {
      path: 'actorType',
      spec: { use: 'crosswalk', column: 'OTRO' },
      from: ['X'],
      doubt: undefined,
    };
    assert.deepEqual(withCodedFields('MiningRight', input('BO-DERECHOS', sample), [named]), [named]);
    // Every row COOPERATIVA under a name that says nothing of actors: chance, not a column of them.
    const single = rows({ TIPO_ACTOR: 'COOPERATIVA' }, { TIPO_ACTOR: 'COOPERATIVA' });
    const renamed = single.map((row) => ({ ...row, values: { GRUPO: row.values.TIPO_ACTOR ?? '' } }));
    assert.deepEqual(withCodedFields('MiningRight', input('BO-DERECHOS', renamed), []), []);
  });

  it("gives a party the role its register class implies, and leaves a class column to the primary's class", () => {
    const sample = rows({ CLASE: 'BAREQUERO' }, { CLASE: 'COMERCIALIZADOR' }, { CLASE: 'TITULAR MINERO' });
    const [roles] = withCodedFields('Party', input('X', sample), []);
    assert.equal(roles?.path, 'roles[]');
    assert.deepEqual(roles.spec, {
      use: 'lookup',
      column: 'CLASE',
      values: {
        COMERCIALIZADOR: 'TRADER',
        'TITULAR MINERO': 'MINER',
        BAREQUERO: 'SUBSISTENCE_MINER',
        CHATARRERO: 'SUBSISTENCE_MINER',
        'SOLICITANTE DE LEGALIZACIÓN': 'MINER',
        'SUBCONTRATO DE FORMALIZACIÓN': 'MINER',
        'PLANTA DE BENEFICIO': 'PROCESSING_PLANT',
        CONCESIONARIO: 'MINER',
        'PEQUEÑO MINERO': 'MINER',
        'MINERO ARTESANAL': 'MINER',
      },
    });
    assert.deepEqual(withCodedFields('Party', input('X', sample), [], { leave: new Set(['roles']) }), []);
  });

  it("reads a secondary party's coded columns named for it, not another party's", () => {
    // EC-COMERCIALIZACION's buyer categories, whose party-role crosswalk applies to that column.
    const sample = rows(
      {
        RUC_COMPRADOR: '0791234565001',
        CATEGORIA_COMPRADOR: 'COMERCIALIZADOR',
        CATEGORIA_VENDEDOR: 'CONCESIONARIO',
      },
      {
        RUC_COMPRADOR: '0791234565001',
        CATEGORIA_COMPRADOR: 'EXPORTADOR',
        CATEGORIA_VENDEDOR: 'COMERCIALIZADOR',
      },
    );
    const buyer: DraftRecord = {
      type: 'Party',
      id: { path: 'id', spec: { use: 'identifier', column: 'RUC_COMPRADOR' }, from: [], doubt: undefined },
      fields: [],
    };
    const primary: DraftRecord = { ...buyer, type: 'MineralTransaction' };
    const [drafted] = withCodedSecondary([buyer], primary, input('EC-COMERCIALIZACION', sample));
    assert.deepEqual(
      drafted?.fields.map((field) => [field.path, field.spec]),
      [['roles[]', { use: 'crosswalk', column: 'CATEGORIA_COMPRADOR', output: 'code' }]],
    );
  });

  it('reads an interest type from a column of interest types, with the settings of layouts that do', () => {
    // EC-REBEFICS's column, to which the interest-type crosswalk applies.
    const sample = rows(
      { TIPO_BENEFICIARIO: 'PROPIEDAD' },
      { TIPO_BENEFICIARIO: 'ADMINISTRACIÓN' },
      { TIPO_BENEFICIARIO: 'PROPIEDAD' },
    );
    const shareholding: SpecParams = { use: 'interest', type: 'shareholding' };
    const byColumn: SpecParams = { use: 'interest', typeColumn: 'CRITERIO', beneficial: true };
    const fixed: DraftField = {
      path: 'interests[]',
      spec: shareholding,
      from: ['X'],
      doubt: undefined,
    };
    const typed: Precedent = {
      layout: 'Y',
      country: 'PE',
      primary: true,
      mapping: {
        type: 'Relationship',
        id: { use: 'text', column: 'ID' },
        fields: { 'interests[]': byColumn },
      },
    };
    const options = { precedents: [typed] };
    assert.deepEqual(
      withCodedFields('Relationship', input('EC-REBEFICS', sample), [fixed], options).map(
        (field) => field.spec,
      ),
      [{ use: 'interest', beneficial: true, typeColumn: 'TIPO_BENEFICIARIO' }],
    );
    // Names are no interest types: the fixed type stays.
    const names = rows({ TIPO_BENEFICIARIO: 'JOHN' }, { TIPO_BENEFICIARIO: 'LUCÍA' });
    assert.deepEqual(withCodedFields('Relationship', input('EC-REBEFICS', names), [fixed], options), [fixed]);
  });
});
