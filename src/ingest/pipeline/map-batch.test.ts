import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findProfile, loadProfiles } from '../profiles/load-profiles.js';
import type { RawRow } from '../readers/raw-row.js';
import { comprasRow } from '../testing/compras-file.js';
import { testRowContext } from '../mapping/testing/transform-input.js';
import { mapBatch } from './map-batch.js';

const compras = findProfile(loadProfiles(), 'PE-COMPRAS');

function purchase(rowNumber: number, note: string, fecha = '05/03/2024'): RawRow {
  const receipt = `F001-${String(rowNumber).padStart(6, '0')}`;
  return comprasRow({ FECHA: fecha, COMPROBANTE: receipt, OBSERVACION: note }, rowNumber);
}

/** The row number of each COPY line: the fourth tab-separated field (see STAGE_COLUMNS). */
function rowNumbers(text: string): number[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => Number(line.split('\t')[3]));
}

describe('mapBatch', () => {
  it('encodes each row into COPY lines, its purchase and its seller, with the raw values kept', () => {
    const { copy, counts } = mapBatch(
      compras,
      [purchase(2, 'a\ttab and a \\ backslash')],
      testRowContext('2026-11-26'),
    );
    assert.equal(counts.rowsRead, 1);
    assert.equal(copy.length, 1);
    assert.equal(copy[0]?.rows, 2);
    const lines = (copy[0]?.text ?? '').split('\n').filter((line) => line !== '');
    assert.deepEqual(
      lines.map((line) => line.split('\t').slice(0, 4)),
      [
        ['MineralTransaction', lines[0]?.split('\t')[1], 't', '2'],
        ['Party', 'PE:RUC:10412345679', 'f', '2'],
      ],
    );
    // COPY's text form: the tab inside a value is escaped, the JSON's own backslashes doubled.
    assert.match(lines[0] ?? '', /"OBSERVACION":"a\\\\ttab and a \\\\\\\\ backslash"/);
  });

  it('puts a rejected row in as one line per problem, counted under its first reason', () => {
    const { copy, counts } = mapBatch(compras, [purchase(7, '', '31/02/2024')], testRowContext('2026-11-26'));
    assert.equal(counts.rowsRejected, 1);
    assert.equal(
      Object.values(counts.rejectedByCode).reduce((sum, n) => sum + n, 0),
      1,
    );
    const [line] = (copy[0]?.text ?? '').split('\n');
    assert.equal(line?.split('\t')[0], '\\N');
    assert.equal(line?.split('\t')[7], Object.keys(counts.rejectedByCode)[0]);
  });

  it('splits a batch of large rows into chunks of about a megabyte, every line once and in order', () => {
    const rows = Array.from({ length: 600 }, (_, index) => purchase(index + 2, 'x'.repeat(3000)));
    const { copy } = mapBatch(compras, rows, testRowContext('2026-11-26'));
    assert.ok(copy.length >= 3, `${copy.length} chunks`);
    for (const chunk of copy.slice(0, -1)) assert.ok(chunk.text.length >= 1024 * 1024);
    for (const chunk of copy) assert.equal(rowNumbers(chunk.text).length, chunk.rows);
    const numbers = copy.flatMap((chunk) => rowNumbers(chunk.text));
    assert.deepEqual(
      numbers,
      rows.flatMap((row) => [row.rowNumber, row.rowNumber]),
    );
  });
});
