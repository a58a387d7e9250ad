import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedStringsBomb, workbookParts } from '../ingest/testing/xlsx-parts.js';
import { zipFile } from '../ingest/testing/zip-file.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const HEADER = ['SEMESTRE', 'CODIGO', 'RUC', 'MINERAL', 'PRODUCCION', 'UNIDAD'];

describeEachEngine('veta ingest of an XLSX bomb (issue 17, item 3)', (engine) => {
  it('fails the 7 MB workbook that inflates to 2 GiB with exit 1 and a message, not a crash', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'veta-cli-bomb-')), 'EC-PRODUCCION-2024.xlsx');
    const parts = workbookParts('EC-PRODUCCION', [HEADER]).map((part) =>
      part.path === 'xl/sharedStrings.xml' ? sharedStringsBomb(2048 * 1024 * 1024) : part,
    );
    writeFileSync(path, zipFile(parts));
    // The heap ceiling bin/veta.js sets in its first line, which a spawned `node bin/veta.js` skips.
    const run = await runVeta([...dbArgs(await engine.createTarget()), 'ingest', path], {
      NODE_OPTIONS: '--max-old-space-size=1024',
    });
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stdout,
      /EC-PRODUCCION-2024\.xlsx.*was not loaded: its part xl\/sharedStrings\.xml inflates more/s,
    );
    assert.match(run.stdout, /VETA_MAX_XLSX_INFLATION_RATIO/);
    assert.match(run.stderr, /INGEST_FAILED: 1 file of 1 could not be loaded/);
  });
});
