import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findProfile, loadProfiles } from '../profiles/load-profiles.js';
import { mapRow } from './map-row.js';
import { testRowContext } from './testing/transform-input.js';

const senarecom = findProfile(loadProfiles(), 'BO-SENARECOM');

function row(values: Record<string, string>) {
  const defaults = {
    NUMERO_FORMULARIO: 'M-03-2024-001234',
    FECHA: '20240305',
    NIT_OPERADOR: '1023456789',
    NIT_PROVEEDOR: '1020304050',
    MINERAL: 'AU',
    PESO_BRUTO_KG: '12.5',
    LEY_PORCENTAJE: '85.5',
    PESO_FINO_KG: '10.6875',
    PAIS_DESTINO: 'AE',
  };
  return { rowNumber: 7, values: { ...defaults, ...values }, problems: [] };
}

describe('record mappings chosen by a column value (when: COLUMN=VALUE)', () => {
  it('maps each form type to its own record type, ignoring case', () => {
    const purchase = mapRow(senarecom, row({ TIPO: 'COMPRA_INTERNA' }), testRowContext('2025-01-01'));
    assert.deepEqual(
      purchase.records.map((record) => record.type),
      ['MineralTransaction'],
    );
    const exported = mapRow(senarecom, row({ TIPO: 'exportacion' }), testRowContext('2025-01-01'));
    assert.deepEqual(
      exported.records.map((record) => record.type),
      ['CustomsDeclaration'],
    );
  });

  it('quarantines a row that no mapping takes, rather than losing it', () => {
    const { records, problems } = mapRow(senarecom, row({ TIPO: 'TRANSITO' }), testRowContext('2025-01-01'));
    assert.deepEqual(records, []);
    assert.equal(problems[0]?.code, 'NO_RECORD');
    assert.match(problems[0]?.message ?? '', /^Row 7: /);
  });
});
