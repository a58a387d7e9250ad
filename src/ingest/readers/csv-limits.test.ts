import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { openCsv, type CsvOptions } from './csv.js';
import type { RawRow } from './raw-row.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { writeLongFile } from './testing/long-file.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-csv-limits-'));
const PE: CsvOptions = { encoding: 'utf-8', delimiter: ';' };
const CO: CsvOptions = { encoding: 'latin1', delimiter: ';' };

async function readAll(path: string, options: CsvOptions, limits: ReadLimits): Promise<RawRow[]> {
  const source = await openCsv(path, options, limits);
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return rows;
}

function readLimit(variable: string, found: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(isVetaError(error, 'READ_LIMIT'), String(error));
    assert.match(error.message, found);
    assert.match(error.message, new RegExp(`raise ${variable}`));
    return true;
  };
}

describe('openCsv within the read limits', () => {
  it('fails a 200 MB single-line file at the default record limit, holding little', async () => {
    // Bare separators: csv-parse counts a record by its values' characters, all empty here.
    const path = await writeLongFile('PE-COMPRAS.csv', { head: 'A;B', piece: ';', bytes: 200 * 1024 * 1024 });
    const heapBefore = process.memoryUsage().heapUsed;
    await assert.rejects(
      readAll(path, PE, DEFAULT_READ_LIMITS),
      readLimit('VETA_MAX_RECORD_CHARS', /^PE-COMPRAS\.csv was not loaded: line 1 is too long/),
    );
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 256 * 1024 * 1024, 'the line was not held');
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('fails a long line past a lowered limit, naming the line and the setting', async () => {
    const path = await writeLongFile('PE-COMPRAS.csv', {
      head: 'A;B\n1;2\n',
      piece: 'abc;',
      bytes: 200_000,
      tail: '\n3;4\n',
    });
    await assert.rejects(
      readAll(path, PE, { ...DEFAULT_READ_LIMITS, maxRecordChars: 100_000 }),
      readLimit('VETA_MAX_RECORD_CHARS', /line 3 is too long, past the limit of 100,000 characters/),
    );
  });

  it('fails a record that a quote left open stretches past the limit, saying so', async () => {
    const path = await writeLongFile('PE-COMPRAS.csv', {
      head: 'A;B\n1;"never closed\n',
      piece: 'short line\n',
      bytes: 50_000,
    });
    await assert.rejects(
      readAll(path, PE, { ...DEFAULT_READ_LIMITS, maxRecordChars: 10_000 }),
      readLimit('VETA_MAX_RECORD_CHARS', /record that starts on row 2 is too long \(a quote left open/),
    );
  });

  it('keeps the start of an unparseable record of many lines within the record limit', async () => {
    // Doubled quotes count once towards a record's size but twice in its raw text (fuzz seed 1359244038).
    const path = join(dir, 'quotes.csv');
    writeFileSync(path, `A;B\n1;2\n${'"'.repeat(1201)}\n${','.repeat(1300)}\n`);
    const rows = await readAll(path, PE, { ...DEFAULT_READ_LIMITS, maxRecordChars: 2000 });
    const kept = rows.find((row) => row.problems.some((problem) => problem.code === 'ROW_UNPARSEABLE'));
    assert.equal(kept?.values._raw?.length, 2000);
    assert.match(kept?.values._raw ?? '', /… \(2503 characters\)$/);
  });

  it('fails a row of more columns than the limit, the header among them', async () => {
    const header = Array.from({ length: 3000 }, (_, index) => `C${index}`).join(';');
    const path = join(dir, 'wide.csv');
    writeFileSync(path, `${header}\n1;2\n`);
    await assert.rejects(
      readAll(path, PE, DEFAULT_READ_LIMITS),
      readLimit('VETA_MAX_COLUMNS', /row 1 has 3,000 columns, past the limit of 2,000 columns in one row/),
    );
  });
});

describe('openCsv reading the encoding from the bytes', () => {
  it('reads UTF-8 under a Latin-1 layout as UTF-8, even when the first accent is far into the file', async () => {
    const ascii = Array.from({ length: 20_000 }, (_, index) => `${index};COMPANIA ${index}`).join('\n');
    const path = join(dir, 'CO-RUCOM.csv');
    writeFileSync(path, `A;B\n${ascii}\n20000;COMPAÑÍA MINERA\n`, 'utf8');
    const rows = await readAll(path, CO, DEFAULT_READ_LIMITS);
    const last = rows.at(-1);
    assert.equal(last?.values.B, 'COMPAÑÍA MINERA');
    assert.deepEqual(
      last?.flags?.map((flag) => [flag.code, flag.field]),
      [['ENCODING_MISMATCH', 'B']],
    );
    assert.match(last?.flags?.[0]?.message ?? '', /the file is in UTF-8 though its layout says ISO-8859-1/);
    assert.equal(rows[0]?.flags, undefined, 'a row of ASCII reads the same either way');
    // The detection does not misfire: a Latin-1 file under its Latin-1 layout reads as before.
    const latin1 = join(dir, 'CO-RUCOM-latin1.csv');
    writeFileSync(latin1, Buffer.from('A;B\n1;COMPAÑÍA MINERA\n', 'latin1'));
    const [row] = await readAll(latin1, CO, DEFAULT_READ_LIMITS);
    assert.equal(row?.values.B, 'COMPAÑÍA MINERA');
    assert.equal(row?.flags, undefined);
  });
});
