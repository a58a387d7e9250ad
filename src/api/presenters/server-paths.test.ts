import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presentReport, withoutPaths } from './server-paths.js';

describe('server paths in API answers', () => {
  it('cuts every absolute path in a message to the file name, and leaves dates and rates alone', () => {
    assert.equal(
      withoutPaths(
        "PE-DAM.csv could not be loaded: ENOENT: no such file or directory, open '/tmp/veta-uploads/server-12-ab/0f/PE-DAM.csv'.",
      ),
      "PE-DAM.csv could not be loaded: ENOENT: no such file or directory, open 'PE-DAM.csv'.",
    );
    assert.equal(withoutPaths('read C:\\exports\\sunat\\PE-DAM.csv whole'), 'read PE-DAM.csv whole');
    const plain = 'row 3: 2024/13/45 is no date; 1,200 rows/s; see docs/ingestion.md';
    assert.equal(withoutPaths(plain), plain);
  });

  it('shows a stored report without its path, its message and error without paths', () => {
    const stored = {
      file: 'PE-DAM.csv',
      path: '/srv/exports/PE-DAM.csv',
      status: 'failed',
      message: null,
      error: { code: 'FILE_UNREADABLE', message: '/srv/exports/PE-DAM.csv cannot be read.' },
    };
    assert.deepEqual(presentReport(stored), {
      file: 'PE-DAM.csv',
      status: 'failed',
      message: null,
      error: { code: 'FILE_UNREADABLE', message: 'PE-DAM.csv cannot be read.' },
    });
    assert.equal(presentReport(null), null);
  });
});
