import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RecordMapping } from '../profiles/profile.js';
import { localised } from './follow-record.js';
import { matchKeyColumns, partyConcepts } from './key-columns.js';
import { optionalColumns, remapSpec, type SpecParams } from './precedents.js';

// A field spec with its transform's parameters.
function spec(params: SpecParams): SpecParams {
  return params;
}

function party(id: string, when: string[]): RecordMapping {
  return { type: 'Party', id: spec({ use: 'identifier', column: id, scheme: 'CI' }), when, fields: {} };
}

const NONE: ReadonlySet<string> = new Set();

describe('draft secondary records', () => {
  it('names the party a record is about by the word its conditions share, and none when they share none', () => {
    const representative = party('CEDULA_REPRESENTANTE', ['CEDULA_REPRESENTANTE', 'REPRESENTANTE_LEGAL']);
    assert.deepEqual([...partyConcepts(representative, ['RUC'])], ['representative']);
    // An exporter's number beside the company name: the words are the number's and the name's.
    const exporter = party('NIT_EXPORTADOR', ['NIT_EXPORTADOR', 'RAZON_SOCIAL']);
    assert.deepEqual([...partyConcepts(exporter, ['NUMERO_DECLARACION'])], []);
  });

  it("reads a party's key from the columns naming it, each from its own, and says when none does", () => {
    const columns = ['REPRESENTANTE_LEGAL_DOC', 'REPRESENTANTE_LEGAL'];
    const named = new Set(['representative']);
    const header = ['NIT', 'RAZON_SOCIAL', 'CI_REPRESENTANTE', 'REPRESENTANTE_LEGAL'];
    const [best] = matchKeyColumns(columns, header, named, named, 0.3);
    assert.deepEqual(best && [...best.columns], [
      ['REPRESENTANTE_LEGAL_DOC', 'CI_REPRESENTANTE'],
      ['REPRESENTANTE_LEGAL', 'REPRESENTANTE_LEGAL'],
    ]);
    assert.equal(best?.namesParty, true);
    // A shareholders' file names no representative: its columns may be read, but name no one.
    const other = matchKeyColumns(
      ['REPRESENTANTE_NOMBRE'],
      ['NUMERO_DOCUMENTO', 'NOMBRE_SOCIO'],
      named,
      named,
      0.3,
    );
    assert.deepEqual(
      other.map((match) => [[...match.columns.values()], match.namesParty]),
      [[['NOMBRE_SOCIO'], false]],
    );
  });

  it("reads a plain column's counterpart from one naming a party, but not one party's from another's", () => {
    const known = new Set(['buyer', 'seller', 'holder']);
    assert.equal(matchKeyColumns(['RUC_VENDEDOR'], ['RUC_COMPRADOR'], NONE, known, 0.3).length, 0);
    assert.equal(matchKeyColumns(['RUC'], ['RUC_TITULAR'], NONE, known, 0.3).length, 1);
  });

  it("makes what stands for the precedent's country the file's, and leaves other values", () => {
    assert.deepEqual(localised(spec({ use: 'const', value: 'CO' }), 'CO', 'BO'), {
      use: 'const',
      value: 'BO',
    });
    assert.deepEqual(localised(spec({ use: 'const', value: 'MINER' }), 'CO', 'BO'), {
      use: 'const',
      value: 'MINER',
    });
    assert.deepEqual(localised(spec({ use: 'address', column: 'DIRECCION', country: 'EC' }), 'EC', 'PE'), {
      use: 'address',
      column: 'DIRECCION',
      country: 'PE',
    });
    assert.deepEqual(localised(spec({ use: 'template', template: 'CO:RUES:{NIT}' }), 'CO', 'EC'), {
      use: 'template',
      template: 'EC:RUES:{NIT}',
    });
    assert.equal(localised(spec({ use: 'const', value: 'CO' }), 'CO', undefined), undefined);
  });

  it('keeps an optional placeholder optional when a template is read from other columns', () => {
    const name = spec({ use: 'template', template: '{NOMBRES} {APELLIDO_MATERNO?}' });
    const remapped = remapSpec(name, (column) => `${column}_X`);
    assert.deepEqual(remapped, { use: 'template', template: '{NOMBRES_X} {APELLIDO_MATERNO_X?}' });
    assert.deepEqual(optionalColumns(name), ['APELLIDO_MATERNO']);
    assert.deepEqual(optionalColumns(spec({ use: 'template', template: '{NOMBRES}' })), []);
  });
});
