import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCsv, parseCsv } from './csv.js';

describe('csv', () => {
  it('parses quoted fields with commas, doubled quotes and CRLF', () => {
    assert.deepEqual(parseCsv('a,"b,c","say ""hi"""\r\n1,2,3\n'), [
      ['a', 'b,c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('formats rows that parse back to themselves', () => {
    const rows = [
      ['code', 'note'],
      ['X', 'a, "quoted" note'],
    ];
    assert.equal(formatCsv(rows), 'code,note\nX,"a, ""quoted"" note"\n');
    assert.deepEqual(parseCsv(formatCsv(rows)), rows);
  });
});
