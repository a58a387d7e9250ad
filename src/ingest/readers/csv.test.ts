import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { isVetaError } from '../../core/veta-error.js';
import { openCsv, type CsvOptions } from './csv.js';
import type { RawRow } from './raw-row.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-csv-'));
const PE: CsvOptions = { encoding: 'utf-8', delimiter: ';' };
const CO: CsvOptions = { encoding: 'latin1', delimiter: ';' };

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(
  path: string,
  options: CsvOptions,
): Promise<{ header: readonly string[]; rows: RawRow[] }> {
  const source = await openCsv(path, options);
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { header: source.header, rows };
}

describe('openCsv', () => {
  it('reads UTF-8 with a BOM, keeping accents and ñ, numbering rows as lines', async () => {
    const path = write(
      'PE-COMPRAS.csv',
      '\uFEFFFECHA;NOMBRE_VENDEDOR;PESO_FINO_G\r\n05/03/2024;Peña Núñez;12.5\r\n\r\n06/03/2024;"Oro; Plata SAC";3\r\n',
    );
    const { header, rows } = await readAll(path, PE);
    assert.deepEqual(header, ['FECHA', 'NOMBRE_VENDEDOR', 'PESO_FINO_G']);
    assert.deepEqual(rows, [
      {
        rowNumber: 2,
        values: { FECHA: '05/03/2024', NOMBRE_VENDEDOR: 'Peña Núñez', PESO_FINO_G: '12.5' },
        problems: [],
      },
      {
        rowNumber: 4,
        values: { FECHA: '06/03/2024', NOMBRE_VENDEDOR: 'Oro; Plata SAC', PESO_FINO_G: '3' },
        problems: [],
      },
    ]);
  });

  it('decodes ISO-8859-1 files as Colombian agencies export them', async () => {
    const path = write('CO-RUCOM.csv', Buffer.from('NOMBRE;MUNICIPIO\nJosé Muñoz;Medellín\n', 'latin1'));
    const { rows } = await readAll(path, CO);
    assert.deepEqual(rows[0]?.values, { NOMBRE: 'José Muñoz', MUNICIPIO: 'Medellín' });
  });

  it('reads a Latin-1 file under a UTF-8 layout as Latin-1, flagging the row and column', async () => {
    const path = write('latin.csv', Buffer.from('NOMBRE;MUNICIPIO\nJosé;Bogotá\n', 'latin1'));
    const { rows } = await readAll(path, PE);
    assert.deepEqual(rows[0]?.values, { NOMBRE: 'José', MUNICIPIO: 'Bogotá' });
    assert.equal(rows[0]?.flags?.[0]?.code, 'ENCODING_MISMATCH');
    assert.match(rows[0]?.flags?.[0]?.message ?? '', /Row 2: .*ISO-8859-1/);
  });

  it('reads Windows-1252 when bytes 0x80-0x9F show it (curly quotes, the euro), under any layout', async () => {
    const text = 'NOMBRE;NOTA\nJosé;\u201cOro\u201d \u2013 12 \u20ac\n';
    for (const options of [PE, CO]) {
      const { rows } = await readAll(write('cp1252.csv', iconv.encode(text, 'windows-1252')), options);
      assert.deepEqual(rows[0]?.values, { NOMBRE: 'José', NOTA: '\u201cOro\u201d \u2013 12 \u20ac' });
    }
  });

  it('reads UTF-16 files by their byte-order mark, in either byte order', async () => {
    const text = 'NOMBRE;MUNICIPIO\nJosé Muñoz;Medellín\n';
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const bytes = Buffer.concat([iconv.encode('\ufeff', encoding), iconv.encode(text, encoding)]);
      const { header, rows } = await readAll(write(`${encoding}.csv`, bytes), CO);
      assert.deepEqual(header, ['NOMBRE', 'MUNICIPIO']);
      assert.deepEqual(rows[0]?.values, { NOMBRE: 'José Muñoz', MUNICIPIO: 'Medellín' });
    }
  });

  it('reports bytes that are not UTF-8 in a file whose start was UTF-8, naming row and column', async () => {
    const start = Buffer.from(`NOMBRE;MUNICIPIO\n${'Peña;Cañete\n'.repeat(400)}`, 'utf8');
    const path = write('mixed.csv', Buffer.concat([start, Buffer.from('José;Bogotá\n', 'latin1')]));
    const { rows } = await readAll(path, PE);
    const last = rows.at(-1);
    assert.equal(last?.problems[0]?.code, 'ENCODING_INVALID');
    assert.match(last?.problems[0]?.message ?? '', /Row 402, column NOMBRE: .*not valid UTF-8/);
  });

  it('fails the file when it is separated by another character, saying which', async () => {
    const path = write('comma.csv', 'FECHA,RUC,PESO\n01/01/2024,20131312955,1\n');
    await assert.rejects(openCsv(path, PE), (error: unknown) => {
      assert.ok(isVetaError(error, 'SEPARATOR_MISMATCH'));
      assert.match(error.message, /comma\.csv, row 1: .*seems separated by ","/);
      return true;
    });
  });

  it('fails an empty file and accepts a header with no rows', async () => {
    await assert.rejects(openCsv(write('empty.csv', ''), PE), (error: unknown) =>
      isVetaError(error, 'FILE_EMPTY'),
    );
    const { header, rows } = await readAll(write('header-only.csv', 'A;B\n'), PE);
    assert.deepEqual([header, rows], [['A', 'B'], []]);
  });

  it('refuses a header with a repeated or blank column', async () => {
    await assert.rejects(openCsv(write('dup.csv', 'A;B;A\n1;2;3\n'), PE), /column A appears twice/);
    await assert.rejects(
      openCsv(write('blank.csv', 'A;;C\n1;2;3\n'), PE),
      /column 2 of the header has no name/,
    );
  });

  it('reports a truncated last line and an over-long row, keeping their values', async () => {
    const path = write('trunc.csv', 'A;B;C\n1;2;3\n4;5;6;7\n8;9');
    const { rows } = await readAll(path, PE);
    assert.deepEqual(
      rows.map((row) => [row.rowNumber, row.problems.map((p) => p.code)]),
      [
        [2, []],
        [3, ['ROW_LONG']],
        [4, ['ROW_SHORT']],
      ],
    );
    assert.equal(rows[1]?.values._extra_1, '7');
    assert.equal(rows[2]?.problems[0]?.column, 'C');
  });

  it('keeps stray quotes inside values as written', async () => {
    const path = write('quote.csv', 'A;B\n1;"x"y\n2;Minera "La Estrella"\n');
    const { rows } = await readAll(path, PE);
    assert.deepEqual(
      rows.map((row) => [row.values.B, row.problems]),
      [
        ['"x"y', []],
        ['Minera "La Estrella"', []],
      ],
    );
  });

  it('accounts for the rows a never-closed quote swallows, naming where it opened', async () => {
    const path = write('open-quote.csv', 'A;B\n1;ok\n2;"open\n3;ok\n4;ok\n');
    const { rows } = await readAll(path, PE);
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.problems[0]?.code, 'ROW_UNPARSEABLE');
    assert.match(
      rows[1]?.problems[0]?.message ?? '',
      /^Rows 3 to 5 were read as one record .*quote opened in row 3/,
    );
    assert.match(rows[1]?.values._raw ?? '', /3;ok/);
  });

  it('quarantines a 2 MB field, within the record limit, instead of loading it', async () => {
    const path = write('huge.csv', `A;B\n1;${'x'.repeat(2 * 1024 * 1024)}\n2;ok\n`);
    const { rows } = await readAll(path, PE);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]?.problems[0]?.code, 'FIELD_TOO_LONG');
    assert.match(rows[0]?.problems[0]?.message ?? '', /Row 2, column B: the value has 2,097,152 characters/);
    assert.ok((rows[0]?.values.B?.length ?? 0) < 20_000);
    assert.deepEqual(rows[1]?.values, { A: '2', B: 'ok' });
  });

  it('fails binary garbage with a clear error rather than crashing', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await assert.rejects(openCsv(write('garbage.bin', garbage), PE), (error: unknown) => {
      assert.ok(isVetaError(error, 'FILE_NOT_TEXT'));
      assert.match(error.message, /^garbage\.bin, row 1: /);
      return true;
    });
  });

  it('numbers a row by the line it starts on, across quoted line breaks and blank lines', async () => {
    const path = write('multiline.csv', 'A;B\n1;"two\nlines"\n\n2;ok\n\n3;"open\n4;x\n');
    const { rows } = await readAll(path, PE);
    assert.deepEqual(
      rows.map((row) => [row.rowNumber, row.problems.map((problem) => problem.code)]),
      [
        [2, []],
        [5, []],
        [7, ['ROW_UNPARSEABLE']],
      ],
    );
    assert.equal(rows[0]?.values.B, 'two\nlines');
    assert.match(rows[2]?.problems[0]?.message ?? '', /quote opened in row 7/);
  });

  it('rejects a value holding NUL, naming the column, and keeps the rest of the row clean', async () => {
    const path = write('nul.csv', 'A;B\n1;bad\u0000value\n2;ok\n');
    const { rows } = await readAll(path, PE);
    assert.equal(rows[0]?.problems[0]?.code, 'CONTROL_CHARACTER');
    assert.equal(rows[0]?.problems[0]?.column, 'B');
    assert.equal(rows[0]?.values.B, 'badvalue');
    assert.deepEqual(rows[1]?.problems, []);
  });

  it('strips NUL from the raw text of a row it cannot parse, which the quarantine stores as JSON', async () => {
    // Found by the fuzz test: PostgreSQL refused the quarantine's JSON and the file failed as INTERNAL.
    const path = write('nul-unparseable.csv', 'A;B\n\u0000;"\u00c3\n');
    const { rows } = await readAll(path, PE);
    assert.deepEqual(
      rows[0]?.problems.map((problem) => problem.code),
      ['ROW_UNPARSEABLE', 'CONTROL_CHARACTER'],
    );
    assert.ok(!(rows[0]?.values._raw ?? '').includes('\u0000'));
  });
});
