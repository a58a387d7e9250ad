import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { slashDay } from '../calendar.js';
import { ChunkedFile } from './chunked-file.js';
import { CsvTableWriter, type CsvConvention } from './csv.js';
import { csvLine } from './csv-line.js';
import { cellHash, formatNumber, groupThousands } from './number-format.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-csv-'));
const CO: CsvConvention = {
  delimiter: ';',
  encoding: 'latin1',
  decimalMark: ',',
  recordDelimiter: '\r\n',
  formatDay: slashDay,
  thousands: { separator: '.', share: 0.3 },
};

describe('CSV writing', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('quotes fields as csv-stringify does, and line breaks as RFC 4180 asks', () => {
    assert.equal(csvLine(['a\nb', 'c\rd', 'e'], ';', '\r\n'), '"a\nb";"c\rd";e\r\n');
    const tricky = ['plain', '', 'a;b', 'say "hi"', 'a,b', ' padded ', '"', 'ÑANDÚ', 'x|y', "'=1"];
    for (const delimiter of [';', ',', '|']) {
      for (const recordDelimiter of ['\n', '\r\n'] as const) {
        const expected = stringify([tricky], {
          delimiter,
          record_delimiter: recordDelimiter === '\n' ? 'unix' : 'windows',
        });
        assert.equal(csvLine(tricky, delimiter, recordDelimiter), expected);
      }
    }
  });

  it('writes numbers like String does, without exponents, with the decimal mark', () => {
    for (const value of [0, -0, 1, 0.1, 123.45, -7.5, 1e21, 5e-7, 123456789.123, 2 ** 53]) {
      const expected = String(value).includes('e') ? undefined : String(value);
      if (expected !== undefined) assert.equal(formatNumber(value, '.'), expected);
    }
    assert.equal(formatNumber(5e-7, '.'), '0.0000005');
    assert.equal(formatNumber(1234.5, ','), '1234,5');
  });

  it('groups thousands on the whole part only', () => {
    assert.equal(groupThousands('1234567,89', '.'), '1.234.567,89');
    assert.equal(groupThousands('-1234', '.'), '-1.234');
    assert.equal(groupThousands('999,125', '.'), '999,125');
    assert.equal(groupThousands('1000', '.'), '1.000');
    assert.equal(cellHash(10, 3), cellHash(10, 3));
  });

  it('writes Colombian amounts with thousands separators on a fixed share of large numbers', async () => {
    const write = async (name: string): Promise<string> => {
      const writer = new CsvTableWriter(join(dir, name), 'CO-X', ['N', 'V'], CO, false);
      for (let i = 0; i < 2000; i++) writer.write({ N: i, V: 1_234_567.5 + i });
      await writer.close();
      return readFileSync(join(dir, name), 'latin1');
    };
    const text = await write('co.csv');
    assert.equal(text, await write('co-again.csv'), 'the same cells get separators every run');
    const rows = text.split('\r\n').slice(1, -1);
    const grouped = rows.filter((r) => /;\d\.\d{3}\.\d{3},5$/.test(r)).length;
    assert.ok(grouped > 450 && grouped < 750, `${grouped} of 2000 large amounts grouped`);
    assert.ok(rows.every((r) => /^(\d{1,4}|\d\.\d{3});/.test(r)));
    assert.ok(
      rows.slice(0, 1000).every((r) => !/^\d+\.\d/.test(r)),
      'numbers below 1,000 never grouped',
    );
  });

  it('encodes Latin-1 text, with "?" for characters Latin-1 lacks, and survives long texts', () => {
    const path = join(dir, 'latin1.txt');
    const file = new ChunkedFile(path, 'latin1');
    const long = 'Ñ'.repeat(100_000);
    file.write('AÑO;PEÑA\n');
    file.write('€ 5\n');
    file.write(long);
    file.close();
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 9)], [...Buffer.from('AÑO;PEÑA\n', 'latin1')]);
    assert.equal(bytes.subarray(9, 13).toString('latin1'), '? 5\n');
    assert.equal(bytes.length, 13 + 100_000);
  });
});
