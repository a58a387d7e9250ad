import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isVetaError } from '../../core/veta-error.js';
import { Value } from 'typebox/value';
import { Profile } from '../profiles/profile.js';
import { foldColumnName, matchColumns, missingColumns } from './column-match.js';

// Parsed as a profile file is: a field spec's transform parameters are beyond the spec's own type.
const PROFILE = Value.Parse(Profile, {
  id: 'TEST-LAYOUT',
  title: 'A layout for tests',
  format: { type: 'csv' },
  fileName: '^TEST',
  required: ['FECHA_DE_EMISION', 'RUC'],
  synonyms: { PESO_FINO_G: ['Fino (g)', 'GRAMOS FINOS'] },
  records: [
    {
      type: 'MineralTransaction',
      id: { use: 'template', template: 'TX:{RUC}:{NUMERO?}' },
      when: ['TIPO=COMPRA'],
      fields: {
        date: { use: 'date', column: 'FECHA_DE_EMISION' },
        fine: { use: 'quantity', column: 'PESO_FINO_G', unitColumn: 'UNIDAD', to: 'kg' },
      },
    },
  ],
});

describe('matchColumns', () => {
  it('folds case, accents, spaces and punctuation', () => {
    assert.equal(foldColumnName('FECHA DE EMISIÓN'), foldColumnName('fecha_de_emision'));
    assert.equal(foldColumnName('R.U.C.'), 'RUC');
    assert.notEqual(foldColumnName('FECHA'), foldColumnName('FECHA_DE_EMISION'));
  });

  it("maps the profile's columns to the file's own names, those of templates, conditions and synonyms too", () => {
    const header = ['Fecha de emisión', 'r.u.c.', 'Número', 'tipo', 'Gramos finos', 'Unidad', 'OTRA'];
    assert.deepEqual(matchColumns('TEST.csv', header, PROFILE), {
      FECHA_DE_EMISION: 'Fecha de emisión',
      RUC: 'r.u.c.',
      NUMERO: 'Número',
      TIPO: 'tipo',
      PESO_FINO_G: 'Gramos finos',
      UNIDAD: 'Unidad',
    });
  });

  it('prefers a column under its own name to one that only folds to it', () => {
    const columns = matchColumns('TEST.csv', ['ruc', 'RUC', 'FECHA_DE_EMISION'], PROFILE);
    assert.equal(columns.RUC, 'RUC');
  });

  it('lists required columns the header has under no name', () => {
    const columns = matchColumns('TEST.csv', ['Fecha de emisión', 'NIT'], PROFILE);
    assert.deepEqual(missingColumns(PROFILE, columns), ['RUC']);
  });

  it('fails the file when two of its columns could be the same column', () => {
    assert.throws(
      () => matchColumns('TEST.csv', ['Fecha de emisión', 'FECHA-DE-EMISION', 'RUC'], PROFILE),
      (error: unknown) => {
        assert.ok(isVetaError(error, 'HEADER_INVALID'));
        assert.match(
          error.message,
          /^TEST\.csv, row 1: the columns "Fecha de emisión" and "FECHA-DE-EMISION" could each be FECHA_DE_EMISION/,
        );
        return true;
      },
    );
    assert.throws(
      () => matchColumns('TEST.csv', ['RUC', 'FECHA_DE_EMISION', 'Fino (g)', 'gramos finos'], PROFILE),
      /could each be PESO_FINO_G/,
    );
  });
});
